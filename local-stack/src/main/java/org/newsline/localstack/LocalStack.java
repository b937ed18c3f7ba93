package org.newsline.localstack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsline.enrich.EnrichApplication;
import org.newsline.ingest.IngestApplication;
import org.newsline.store.StoreApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole pipeline on one machine: a real KRaft broker, the MongoDB stand-in, and the three
 * services, each as its own Spring application context with its own configuration, as in
 * production. Starts them in dependency order with a readiness check between each, and stops them
 * in reverse order, so nothing acknowledged is lost: ingest stops taking requests first, enrich
 * finishes its transaction, store finishes its write, then the stores of data close.
 */
public final class LocalStack implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

  /** The enrich service's transactional-id prefix on the embedded broker. */
  static final String EMBEDDED_TRANSACTION_ID_PREFIX = "newsline-local-enrich-";

  private final LocalStackSettings settings;
  private final ApiKeyFile keys;
  private final Map<String, String> extraProperties;
  private final Map<String, Map<String, String>> serviceProperties;
  private final String externalKafka;
  private final String externalMongo;
  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private LocalKafkaBroker kafka;
  private LocalMongo mongo;
  private ConfigurableApplicationContext ingest;
  private ConfigurableApplicationContext enrich;
  private ConfigurableApplicationContext store;

  /**
   * @param settings data directory and ports
   * @param keys the API keys the services accept
   * @param extraProperties added to every service's configuration (tests use it for tuning)
   */
  public LocalStack(
      LocalStackSettings settings, ApiKeyFile keys, Map<String, String> extraProperties) {
    this(settings, keys, extraProperties, Map.of(), null, null);
  }

  private LocalStack(
      LocalStackSettings settings,
      ApiKeyFile keys,
      Map<String, String> extraProperties,
      Map<String, Map<String, String>> serviceProperties,
      String externalKafka,
      String externalMongo) {
    this.settings = settings;
    this.keys = keys;
    this.extraProperties = Map.copyOf(extraProperties);
    this.serviceProperties = Map.copyOf(serviceProperties);
    this.externalKafka = externalKafka;
    this.externalMongo = externalMongo;
  }

  /**
   * The three services only, on a Kafka cluster and a MongoDB server that run elsewhere (real
   * containers, in the Testcontainers variant of the end-to-end tests).
   *
   * @param mongoConnectionString {@code mongodb://host:port} without a database
   */
  public static LocalStack onExternal(
      LocalStackSettings settings,
      ApiKeyFile keys,
      Map<String, String> extraProperties,
      String kafkaBootstrapServers,
      String mongoConnectionString) {
    return onExternal(
        settings, keys, extraProperties, Map.of(), kafkaBootstrapServers, mongoConnectionString);
  }

  /**
   * As {@link #onExternal(LocalStackSettings, ApiKeyFile, Map, String, String)}, with properties
   * for one service only on top of {@code extraProperties}: each service its own Kafka credentials,
   * for instance.
   *
   * @param serviceProperties by service name ({@code ingest}, {@code enrich}, {@code store})
   */
  public static LocalStack onExternal(
      LocalStackSettings settings,
      ApiKeyFile keys,
      Map<String, String> extraProperties,
      Map<String, Map<String, String>> serviceProperties,
      String kafkaBootstrapServers,
      String mongoConnectionString) {
    return new LocalStack(
        settings,
        keys,
        extraProperties,
        serviceProperties,
        kafkaBootstrapServers,
        mongoConnectionString);
  }

  /** Starts everything, in order; on failure stops what had started and rethrows. */
  public synchronized void start() {
    Ports.requireFree(externalKafka == null ? settings.portNeeds() : settings.servicePortNeeds());
    try {
      if (externalKafka == null) {
        kafka =
            new LocalKafkaBroker(
                settings.dataDir().resolve("kafka"),
                settings.kafkaPort(),
                settings.kafkaControllerPort(),
                6);
        kafka.start(Duration.ofSeconds(90));
        running.push(kafka);

        mongo =
            new LocalMongo(settings.dataDir().resolve("mongo"), "127.0.0.1", settings.mongoPort());
        mongo.start();
        running.push(mongo);
      }

      // Downstream first, so every consumer is ready before the first article is accepted.
      store = startService("store", StoreApplication.class, storeProperties());
      enrich = startService("enrich", EnrichApplication.class, enrichProperties());
      ingest = startService("ingest", IngestApplication.class, ingestProperties());
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The broker, for fault tests that stop and restart it; null on external infrastructure. */
  public LocalKafkaBroker kafka() {
    return kafka;
  }

  /** The MongoDB stand-in, for fault tests that stop and restart it; null on external ones. */
  public LocalMongo mongo() {
    return mongo;
  }

  /** The settings this stack runs with. */
  public LocalStackSettings settings() {
    return settings;
  }

  /** The keys this stack's services accept. */
  public ApiKeyFile keys() {
    return keys;
  }

  /** The service's application context, or null before start. */
  public ConfigurableApplicationContext context(String service) {
    return switch (service) {
      case "ingest" -> ingest;
      case "enrich" -> enrich;
      case "store" -> store;
      default -> throw new IllegalArgumentException("no service " + service);
    };
  }

  /** Stops everything that runs, in reverse order of start. */
  @Override
  public synchronized void close() {
    while (!running.isEmpty()) {
      AutoCloseable next = running.pop();
      try {
        next.close();
      } catch (Exception e) {
        log.warn("Error while stopping {}", next, e);
      }
    }
  }

  private ConfigurableApplicationContext startService(
      String name, Class<?> application, Map<String, Object> properties) {
    long started = System.nanoTime();
    Map<String, Object> all = new LinkedHashMap<>(properties);
    all.putAll(commonProperties());
    all.putAll(extraProperties);
    all.putAll(serviceProperties.getOrDefault(name, Map.of()));
    // As command-line arguments: they outrank the service's own defaults, as an operator's would.
    String[] args =
        all.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(application)
            .main(application) // its start-up lines under its own name, not the JVM's main class
            .registerShutdownHook(false)
            .run(args);
    running.push(
        new AutoCloseable() {
          @Override
          public void close() {
            log.info("Stopping {} service", name);
            context.close();
          }

          @Override
          public String toString() {
            return name + " service";
          }
        });
    log.info(
        "{} service ready on port {} in {} s",
        name,
        all.get("server.port"),
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    return context;
  }

  private Map<String, Object> commonProperties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(
        "spring.kafka.bootstrap-servers",
        externalKafka != null ? externalKafka : kafka.bootstrapServers());
    p.put("newsline.security.management-keys", keys.managementKeys());
    p.put("server.shutdown", "graceful");
    // The consumer-group lag gauges every 2 s (15 s by default): the wait for the store shows them.
    p.put("newsline.kafka.lag-interval", "2s");
    p.put("spring.main.banner-mode", "off");
    // One JVM, one logging system: the application name would be the last service's on every line.
    p.put("logging.include-application-name", "false");
    return p;
  }

  private Map<String, Object> ingestProperties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("server.port", settings.ingestPort());
    p.put("newsline.security.api-keys", keys.ingestKeys());
    excludeMongo(p);
    return p;
  }

  private Map<String, Object> enrichProperties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("server.port", settings.enrichPort());
    if (externalKafka == null && System.getenv("ENRICH_TRANSACTION_ID_PREFIX") == null) {
      // One enrich instance per embedded broker, so its transactional ids can stay the same from
      // one start to the next: after a crash the restarted instance takes them over and aborts the
      // dead one's open transactions at once, instead of the store waiting for them to time out
      // (transaction.timeout.ms, 2 minutes) before it can read past them.
      p.put("spring.kafka.producer.transaction-id-prefix", EMBEDDED_TRANSACTION_ID_PREFIX);
    }
    excludeMongo(p);
    return p;
  }

  private Map<String, Object> storeProperties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("server.port", settings.storePort());
    p.put("newsline.security.api-keys", keys.storeKeys());
    p.put(
        "spring.mongodb.uri",
        (externalMongo != null ? externalMongo : mongo.connectionString()) + "/newsline");
    if (externalMongo == null) {
      // The stand-in has no 'hello' command, which Spring Boot's MongoDB health check sends: the
      // store would report DOWN while writing and serving normally. The Kafka listener's own
      // retries still show a MongoDB outage in the logs and metrics.
      p.put("management.health.mongodb.enabled", "false");
      // Nor has it $text: q scans, without the probe whose refusal the stand-in logs as an ERROR.
      p.put("newsline.store.query.text-search", "scan");
    }
    return p;
  }

  private static void excludeMongo(Map<String, Object> properties) {
    MongoExclusions.value().ifPresent(v -> properties.put(MongoExclusions.PROPERTY, v));
  }
}
