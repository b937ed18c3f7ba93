package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsline.localstack.ApiKeyFile;
import org.newsline.localstack.LocalStack;
import org.newsline.model.Service;
import org.newsline.model.Topic;
import org.newsline.model.Topics;

/**
 * The three services on a Kafka cluster that speaks only SASL_SSL (SCRAM-SHA-512 over TLS) with one
 * principal per service and ACLs, configured only through standard Spring Boot properties. Written
 * once, run on the in-process KRaft broker ({@link KafkaSecurityIT}) and on the real image ({@link
 * KafkaSecurityContainersIT}).
 */
abstract class KafkaSecurityScenario {

  static final String INGEST_KEY = "sasl-ingest-key-3c9e1a7f5b2d";
  static final String STORE_KEY = "sasl-store-key-8d2f6b0a4e1c";
  static final String MANAGEMENT_KEY = "sasl-management-key-1a5c9e3f7b0d";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Short enough that a client that cannot connect fails the test instead of hanging it. */
  private static final int CLIENT_TIMEOUT_MS = 8000;

  protected abstract SecureKafka kafka();

  protected abstract LocalStack stack();

  /**
   * Starts store, enrich and ingest on {@code kafka}, each as its own principal, set up only with
   * {@code spring.kafka.security.protocol}, {@code spring.kafka.ssl.*} and {@code
   * spring.kafka.properties.sasl.*}.
   */
  static LocalStack startServices(
      SecureKafka kafka, String mongoConnectionString, Path dataDir, Map<String, String> extra)
      throws IOException {
    Map<String, String> common = new LinkedHashMap<>();
    common.put("newsline.kafka.partitions", Integer.toString(SecureKafka.PARTITIONS));
    common.put("newsline.ingest.rate-limit.requests-per-second", "0");
    common.put("newsline.ingest.publish-timeout", "5s");
    common.putAll(extra);
    Map<String, Map<String, String>> perService = new HashMap<>();
    for (Service service : Service.values()) {
      String name = SecureKafka.principalOf(service);
      perService.put(name, kafka.springProperties(name));
    }
    return OnFreshPorts.stack(
        dataDir.resolve("services"),
        false,
        settings ->
            LocalStack.onExternal(
                settings,
                new ApiKeyFile(INGEST_KEY, STORE_KEY, MANAGEMENT_KEY, false),
                common,
                perService,
                kafka.bootstrapServers(),
                mongoConnectionString));
  }

  @Test
  void articlePostedToIngestIsEnrichedAndStoredOverSaslSsl() {
    String id = "sasl-" + UUID.randomUUID();
    HttpResponse<String> accepted =
        send(
            HttpRequest.newBuilder(URI.create(stack().settings().ingestUrl() + "/api/v1/articles"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", INGEST_KEY)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Pipeline.articleJson(id, "Harbour bridge reopens", Pipeline.BODY))));
    assertThat(accepted.statusCode())
        .as("ingest must publish to articles.raw over SASL_SSL: %s", accepted.body())
        .isEqualTo(202);

    HttpRequest read =
        HttpRequest.newBuilder(URI.create(stack().settings().storeUrl() + "/api/v1/articles/" + id))
            .header("X-API-Key", STORE_KEY)
            .GET()
            .build();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () -> {
              HttpResponse<String> stored = send(read);
              assertThat(stored.statusCode())
                  .as("article enriched (enrich) and stored (store) over SASL_SSL")
                  .isEqualTo(200);
              assertThat(stored.body()).contains(id).contains("\"entities\"");
            });
  }

  @Test
  void wrongPasswordGetsAnAuthenticationFailure() {
    Map<String, Object> config =
        withTimeouts(kafka().clientConfig(SecureKafka.INGEST, "not-the-password"));
    try (Admin admin = Admin.create(config)) {
      assertThatThrownBy(() -> admin.describeCluster().clusterId().get(20, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(SaslAuthenticationException.class)
          .hasMessageContaining("Authentication failed");
    }
  }

  @Test
  void unknownUserGetsAnAuthenticationFailure() {
    Map<String, Object> config = withTimeouts(kafka().clientConfig("mallory", "anything"));
    try (Admin admin = Admin.create(config)) {
      assertThatThrownBy(() -> admin.describeCluster().clusterId().get(20, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(SaslAuthenticationException.class);
    }
  }

  @Test
  void plaintextClientCannotTalkToTheSaslSslListener() throws Exception {
    Map<String, Object> config = new HashMap<>();
    config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka().bootstrapServers());
    config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
    assertNoMetadata(withTimeouts(config));
  }

  @Test
  void saslWithoutTlsCannotTalkToTheSaslSslListener() throws Exception {
    Map<String, Object> config = kafka().clientConfig(SecureKafka.INGEST);
    config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
    assertNoMetadata(withTimeouts(config));
  }

  @Test
  void clientThatDoesNotTrustTheBrokersCertificateFailsTheTlsHandshake() {
    Map<String, Object> config = kafka().clientConfig(SecureKafka.INGEST);
    config.remove(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG);
    config.remove(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG);
    config.remove(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG);
    try (Admin admin = Admin.create(withTimeouts(config))) {
      assertThatThrownBy(() -> admin.describeCluster().clusterId().get(20, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(SslAuthenticationException.class);
    }
  }

  /** Every (service, topic) pair where the catalogue names another service as the producer. */
  static Stream<Arguments> foreignTopics() {
    return Stream.of(Service.values())
        .flatMap(
            service ->
                Topics.all().stream()
                    .filter(topic -> topic.producer() != service)
                    .map(topic -> Arguments.of(service, topic)));
  }

  @ParameterizedTest(name = "{0} cannot write {1}")
  @MethodSource("foreignTopics")
  void aServiceCannotWriteAnotherServicesTopic(Service service, Topic<?> topic) {
    Map<String, Object> config =
        withTimeouts(kafka().clientConfig(SecureKafka.principalOf(service)));
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      assertThatThrownBy(
              () ->
                  producer
                      .send(new ProducerRecord<>(topic.defaultName(), "forged", "{}"))
                      .get(20, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(TopicAuthorizationException.class)
          .hasMessageContaining(topic.defaultName());
    }
  }

  @Test
  void eachServiceCanWriteTheTopicsItOwns() throws Exception {
    // The positive control of the test above: the same client set-up is refused only by the ACLs.
    for (Service service : List.of(Service.ENRICH, Service.STORE)) {
      Topic<?> deadLetters =
          Topics.producedBy(service).stream().filter(Topic::deadLetter).findFirst().orElseThrow();
      Map<String, Object> config =
          withTimeouts(kafka().clientConfig(SecureKafka.principalOf(service)));
      config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
      config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
        assertThat(
                producer
                    .send(new ProducerRecord<>(deadLetters.defaultName(), "probe", "{}"))
                    .get(20, TimeUnit.SECONDS)
                    .topic())
            .isEqualTo(deadLetters.defaultName());
      }
    }
  }

  private void assertNoMetadata(Map<String, Object> config) throws Exception {
    // The listener drops the connection of a client that does not start a TLS handshake (or
    // starts SASL in clear text): the client retries until its API timeout, shortened here.
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000);
    try (Admin admin = Admin.create(config)) {
      assertThatThrownBy(() -> admin.describeCluster().nodes().get(20, TimeUnit.SECONDS))
          .as("a client without SASL_SSL gets no answer from the SASL_SSL listener")
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
    }
    // A timeout alone would also be what a broker that is down gives: the same listener answers
    // a client that speaks SASL_SSL with its credentials, right after.
    try (Admin admin = Admin.create(withTimeouts(kafka().clientConfig(SecureKafka.INGEST)))) {
      assertThat(admin.describeCluster().nodes().get(20, TimeUnit.SECONDS))
          .as("the listener answers a SASL_SSL client")
          .isNotEmpty();
    }
  }

  private static Map<String, Object> withTimeouts(Map<String, Object> config) {
    Map<String, Object> c = new HashMap<>(config);
    c.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, CLIENT_TIMEOUT_MS / 2);
    c.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, CLIENT_TIMEOUT_MS);
    c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, CLIENT_TIMEOUT_MS);
    c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, CLIENT_TIMEOUT_MS);
    c.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    c.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
    return c;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request.timeout(Duration.ofSeconds(30)).build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
