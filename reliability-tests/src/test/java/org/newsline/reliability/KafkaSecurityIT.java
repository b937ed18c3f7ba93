package org.newsline.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsline.localstack.LocalMongo;
import org.newsline.localstack.LocalStack;

/**
 * {@link KafkaSecurityScenario} on a real in-process KRaft broker with a SASL_SSL listener
 * (SCRAM-SHA-512, TLS with a key store made at test time, StandardAuthorizer ACLs) and the MongoDB
 * stand-in; a stack of its own, separate from {@link SharedStack}.
 */
class KafkaSecurityIT extends KafkaSecurityScenario {

  private static SecureKafkaBroker broker;
  private static SecureKafka kafka;
  private static LocalMongo mongo;
  private static LocalStack stack;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("newsline-kafka-security");
    TlsMaterial tls = TlsMaterial.generate(dir);
    broker =
        new SecureKafkaBroker(
            dir.resolve("kafka"),
            SharedStack.freePort(),
            SharedStack.freePort(),
            tls,
            SecureKafka.newPasswords());
    kafka = broker.start(Duration.ofSeconds(60));
    kafka.provision();
    mongo = new LocalMongo(dir.resolve("mongo"), "127.0.0.1", SharedStack.freePort());
    mongo.start();
    stack =
        startServices(
            kafka,
            mongo.connectionString(),
            dir,
            // The stand-in has no 'hello' command for Spring Boot's MongoDB health check.
            Map.of("management.health.mongodb.enabled", "false"));
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
    if (mongo != null) {
      mongo.close();
    }
    if (broker != null) {
      broker.close();
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
