package org.newsline.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.newsline.localstack.KraftStorage;
import org.newsline.model.Service;
import org.newsline.model.Topic;
import org.newsline.model.Topics;

/**
 * A Kafka cluster that speaks only {@code SASL_SSL} (SCRAM-SHA-512 over TLS), with one principal
 * per service and ACLs that let each service write only the topics it owns: every topic has exactly
 * one producing service.
 *
 * @param bootstrapServers {@code host:port} of the SASL_SSL listener
 * @param tls the broker's key store and the clients' trust store
 * @param passwords SCRAM password by principal ({@link #ADMIN}, {@link #INGEST}, {@link #ENRICH},
 *     {@link #STORE})
 */
record SecureKafka(String bootstrapServers, TlsMaterial tls, Map<String, String> passwords) {

  static final String MECHANISM = "SCRAM-SHA-512";
  static final String ADMIN = "admin";
  static final String INGEST = "ingest";
  static final String ENRICH = "enrich";
  static final String STORE = "store";

  /** Partitions of each pre-created topic (the services are told the same). */
  static final int PARTITIONS = 2;

  /** Enrich's consumer group and transactional id prefix, as in enrich-service.yml. */
  static final String ENRICH_GROUP = "enrich";

  static final String ENRICH_TRANSACTIONS = "enrich-";

  /** The store's consumer group (newsline.store.writing.group-id default). */
  static final String STORE_GROUP = "newsline-store";

  static Map<String, String> newPasswords() {
    Map<String, String> passwords = new LinkedHashMap<>();
    for (String principal : List.of(ADMIN, INGEST, ENRICH, STORE)) {
      passwords.put(principal, principal + "-" + UUID.randomUUID());
    }
    return passwords;
  }

  static String jaas(String user, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
        + user
        + "\" password=\""
        + password
        + "\";";
  }

  /** Plain Kafka client configuration of a principal (any password, for negative tests). */
  Map<String, Object> clientConfig(String user, String password) {
    Map<String, Object> c = new HashMap<>();
    c.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    c.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
    c.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
    c.put(SaslConfigs.SASL_JAAS_CONFIG, jaas(user, password));
    c.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, tls.trustStore().toString());
    c.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, tls.password());
    c.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, TlsMaterial.TYPE);
    return c;
  }

  Map<String, Object> clientConfig(String user) {
    return clientConfig(user, passwords.get(user));
  }

  /**
   * The standard Spring Boot properties that put a service on this cluster as {@code user}: what an
   * operator sets (as {@code SPRING_KAFKA_SECURITY_PROTOCOL} etc. in the environment).
   */
  Map<String, String> springProperties(String user) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("spring.kafka.security.protocol", "SASL_SSL");
    p.put("spring.kafka.ssl.trust-store-location", tls.trustStore().toUri().toString());
    p.put("spring.kafka.ssl.trust-store-password", tls.password());
    p.put("spring.kafka.ssl.trust-store-type", TlsMaterial.TYPE);
    p.put("spring.kafka.properties.sasl.mechanism", MECHANISM);
    p.put("spring.kafka.properties.sasl.jaas.config", jaas(user, passwords.get(user)));
    return p;
  }

  void awaitReady(Duration timeout) {
    KraftStorage.awaitReady(clientConfig(ADMIN), timeout, "secure Kafka");
  }

  /**
   * Creates the catalogue's topics as the admin (the services may not create topics) and grants
   * each service exactly what it needs: ingest writes {@code articles.raw}; enrich reads it and
   * writes {@code articles.enriched} and {@code articles.raw-dlt} transactionally; the store reads
   * {@code articles.enriched} and writes {@code articles.enriched-dlt}. Every service may describe
   * the topics (Spring's KafkaAdmin checks that they exist at start-up).
   */
  void provision() throws Exception {
    List<AclBinding> acls = new ArrayList<>();
    for (String service : List.of(INGEST, ENRICH, STORE)) {
      acls.add(
          allow(
              service,
              ResourceType.TOPIC,
              "articles.",
              PatternType.PREFIXED,
              AclOperation.DESCRIBE));
    }
    // Write: each topic by the one service the catalogue names as its producer.
    for (Service service : Service.values()) {
      for (Topic<?> topic : Topics.producedBy(service)) {
        acls.add(
            allow(
                principalOf(service), ResourceType.TOPIC, topic.defaultName(), AclOperation.WRITE));
      }
    }
    // Read: the consumer groups and their input topics; enrich's transactions.
    acls.add(allow(ENRICH, ResourceType.TOPIC, Topics.ARTICLES_RAW_NAME, AclOperation.READ));
    acls.add(allow(ENRICH, ResourceType.GROUP, ENRICH_GROUP, AclOperation.READ));
    acls.add(
        allow(
            ENRICH,
            ResourceType.TRANSACTIONAL_ID,
            ENRICH_TRANSACTIONS,
            PatternType.PREFIXED,
            AclOperation.WRITE));

    acls.add(allow(STORE, ResourceType.TOPIC, Topics.ARTICLES_ENRICHED_NAME, AclOperation.READ));
    acls.add(allow(STORE, ResourceType.GROUP, STORE_GROUP, AclOperation.READ));

    try (Admin admin = Admin.create(clientConfig(ADMIN))) {
      admin
          .createTopics(
              Topics.all().stream()
                  .map(t -> new NewTopic(t.defaultName(), PARTITIONS, (short) 1))
                  .toList())
          .all()
          .get(30, TimeUnit.SECONDS);
      admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
    }
  }

  /** The Kafka principal (SCRAM user) of a service: its name in lower case. */
  static String principalOf(Service service) {
    return service.name().toLowerCase(Locale.ROOT);
  }

  private static AclBinding allow(
      String principal, ResourceType type, String name, AclOperation operation) {
    return allow(principal, type, name, PatternType.LITERAL, operation);
  }

  private static AclBinding allow(
      String principal,
      ResourceType type,
      String name,
      PatternType pattern,
      AclOperation operation) {
    return new AclBinding(
        new ResourcePattern(type, name, pattern),
        new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
  }
}
