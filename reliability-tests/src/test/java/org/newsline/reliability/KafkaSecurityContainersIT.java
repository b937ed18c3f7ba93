package org.newsline.reliability;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsline.localstack.LocalStack;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * {@link KafkaSecurityScenario} on the real {@code apache/kafka:4.1.0} image with the same
 * SASL_SSL, SCRAM and ACL configuration as the in-process broker (the image's own start script
 * cannot add SCRAM credentials when it formats the storage, so the container runs {@code
 * kafka-storage.sh format --add-scram} itself), and the store on MongoDB 8 with authentication. The
 * broker's port is bound to the same port on the host, because its advertised listener must name
 * the port clients use: this variant needs a local Docker daemon. Skips without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaSecurityContainersIT extends KafkaSecurityScenario {

  private static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
  private static final String SECRETS = "/etc/newsline";
  private static final int CONTROLLER_PORT = 9093;

  private static GenericContainer<?> broker;
  private static GenericContainer<?> mongo;
  private static SecureKafka kafka;
  private static LocalStack stack;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("newsline-kafka-security-containers");
    TlsMaterial tls = TlsMaterial.generate(dir);
    Map<String, String> passwords = SecureKafka.newPasswords();
    int port = SharedStack.freePort();
    Path serverProperties = dir.resolve("server.properties");
    writeProperties(
        serverProperties,
        SecureKafkaBroker.config(
            "0.0.0.0",
            port,
            CONTROLLER_PORT,
            SECRETS + "/broker.keystore.p12",
            SECRETS + "/client.truststore.p12",
            tls.password(),
            passwords.get(SecureKafka.ADMIN),
            "/tmp/kraft-logs"));
    String scram =
        SecureKafkaBroker.scramArguments(passwords).stream()
            .map(a -> "--add-scram '" + a + "'")
            .collect(Collectors.joining(" "));
    String script =
        "/opt/kafka/bin/kafka-storage.sh format -t "
            + Uuid.randomUuid()
            + " -c "
            + SECRETS
            + "/server.properties "
            + scram
            + " && exec /opt/kafka/bin/kafka-server-start.sh "
            + SECRETS
            + "/server.properties";
    broker =
        new GenericContainer<>(DockerImageName.parse(KAFKA_IMAGE))
            .withCopyFileToContainer(
                MountableFile.forHostPath(tls.keyStore(), 0644), SECRETS + "/broker.keystore.p12")
            .withCopyFileToContainer(
                MountableFile.forHostPath(tls.trustStore(), 0644),
                SECRETS + "/client.truststore.p12")
            .withCopyFileToContainer(
                MountableFile.forHostPath(serverProperties, 0644), SECRETS + "/server.properties")
            .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("sh", "-c", script))
            .withExposedPorts(port)
            .waitingFor(
                Wait.forLogMessage(".*Kafka Server started.*", 1)
                    .withStartupTimeout(Duration.ofMinutes(2)));
    broker.setPortBindings(List.of(port + ":" + port));
    broker.start();
    kafka = new SecureKafka("localhost:" + port, tls, passwords);
    kafka.awaitReady(Duration.ofSeconds(60));
    kafka.provision();

    String mongoPassword = AuthMongoContainer.newPassword();
    mongo = AuthMongoContainer.create(mongoPassword);
    mongo.start();
    stack =
        startServices(
            kafka,
            "mongodb://" + mongo.getHost() + ":" + mongo.getMappedPort(27017),
            dir,
            // The store authenticates to MongoDB as the Compose file's store does.
            Map.of(
                "spring.mongodb.uri",
                AuthMongoContainer.uri(mongo, AuthMongoContainer.USER, mongoPassword)));
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
    if (mongo != null) {
      mongo.stop();
    }
    if (broker != null) {
      broker.stop();
    }
  }

  private static void writeProperties(Path file, Map<String, Object> config) throws IOException {
    Properties properties = new Properties();
    config.forEach((k, v) -> properties.setProperty(k, v.toString()));
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(writer, "Newsline SASL_SSL test broker");
    }
  }

  @Override
  protected SecureKafka kafka() {
    return kafka;
  }

  @Override
  protected LocalStack stack() {
    return stack;
  }
}
