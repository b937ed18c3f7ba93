package org.newsline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.newsline.localstack.LocalKafkaBroker;
import org.newsline.localstack.LocalMongo;
import org.newsline.localstack.MongoExclusions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The local stack's own infrastructure for a benchmark: a real KRaft broker ({@link
 * LocalKafkaBroker}) and the MongoDB stand-in ({@link LocalMongo}) on free ports in a temporary
 * directory, plus service contexts started the way {@code LocalStack} starts them.
 */
final class Infra implements AutoCloseable {

  final Path dir;
  final LocalMongo mongo;
  private final String bootstrapServers;
  private final Process brokerProcess;
  private final Deque<AutoCloseable> running = new ArrayDeque<>();

  private Infra(Path dir, String bootstrapServers, Process brokerProcess, LocalMongo mongo) {
    this.dir = dir;
    this.bootstrapServers = bootstrapServers;
    this.brokerProcess = brokerProcess;
    this.mongo = mongo;
  }

  static Infra start(boolean withMongo) throws IOException {
    Path dir = Files.createTempDirectory("newsline-bench");
    LocalKafkaBroker kafka = new LocalKafkaBroker(dir.resolve("kafka"), freePort(), freePort(), 6);
    kafka.start(Duration.ofSeconds(90));
    LocalMongo mongo = null;
    if (withMongo) {
      mongo = new LocalMongo(dir.resolve("mongo"), "127.0.0.1", 0);
      mongo.start();
    }
    Infra infra = new Infra(dir, kafka.bootstrapServers(), null, mongo);
    infra.running.push(kafka);
    if (mongo != null) {
      infra.running.push(mongo);
    }
    return infra;
  }

  /**
   * A broker in a JVM of its own ({@link BrokerProcess}), as in production, so that the CPU the
   * broker uses is not counted as the benchmark's; with Kafka's default flush policy (the OS writes
   * the log to disk, durability comes from replication) rather than the local stack's flush of
   * every message. No MongoDB.
   */
  static Infra startWithBrokerProcess() throws IOException {
    Path dir = Files.createTempDirectory("newsline-bench");
    int port = freePort();
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-XX:+UseG1GC",
            "-cp",
            System.getProperty("java.class.path"),
            BrokerProcess.class.getName(),
            dir.resolve("kafka").toString(),
            Integer.toString(port),
            Integer.toString(freePort()),
            "6",
            "log.flush.interval.messages=" + Long.MAX_VALUE);
    Path log = dir.resolve("broker.log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Infra infra = new Infra(dir, "localhost:" + port, process, null);
    infra.running.push(
        () -> {
          process.getOutputStream().close();
          if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
        });
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    try {
      while (!Files.readString(log).contains(BrokerProcess.READY)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          infra.close();
          throw new IllegalStateException(
              "the broker process did not start; its output:\n" + Files.readString(log));
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      infra.close();
      throw new IllegalStateException("interrupted while the broker started", e);
    }
    System.out.println("Kafka broker in its own JVM (pid " + process.pid() + ") on " + port);
    return infra;
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  /** CPU time the broker's own JVM has used so far, or -1 when the broker runs in this JVM. */
  long brokerCpuNanos() {
    return brokerProcess == null
        ? -1
        : cpuNanos(Path.of("/proc", Long.toString(brokerProcess.pid()), "stat"));
  }

  /**
   * User plus system CPU time from a {@code /proc/.../stat} file (Linux; 100 clock ticks per
   * second), or -1 where there is none.
   */
  static long cpuNanos(Path stat) {
    try {
      String text = Files.readString(stat);
      String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }

  void createTopics(int partitions, String... names) throws Exception {
    try (Admin admin = admin()) {
      admin
          .createTopics(
              java.util.Arrays.stream(names)
                  .map(n -> new NewTopic(n, partitions, (short) 1))
                  .toList())
          .all()
          .get(30, TimeUnit.SECONDS);
    }
  }

  /**
   * Starts a service's application context with {@code properties} as command-line arguments (they
   * outrank the service's defaults), closed with this object.
   */
  ConfigurableApplicationContext service(
      Class<?> application, Map<String, Object> properties, Class<?>... extraSources) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("spring.kafka.bootstrap-servers", bootstrapServers);
    all.put("spring.main.banner-mode", "off");
    all.put("newsline.security.management-keys", "bench-management-key");
    all.put("logging.level.root", "WARN");
    all.put("logging.level.org.newsline", "WARN");
    all.putAll(properties);
    String[] args =
        all.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    SpringApplicationBuilder builder =
        new SpringApplicationBuilder(application).registerShutdownHook(false);
    if (extraSources.length > 0) {
      builder.sources(extraSources);
    }
    ConfigurableApplicationContext context = builder.run(args);
    running.push(context::close);
    return context;
  }

  /** Mongo auto-configurations a service without MongoDB must not run (as in LocalStack). */
  static void excludeMongo(Map<String, Object> properties) {
    MongoExclusions.value().ifPresent(v -> properties.put(MongoExclusions.PROPERTY, v));
  }

  @Override
  public void close() {
    while (!running.isEmpty()) {
      try {
        running.pop().close();
      } catch (Exception e) {
        System.err.println("while stopping: " + e);
      }
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp dir left behind is harmless
    }
  }
}
