package org.newsline.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsline.localstack.LocalMongo;
import org.newsline.localstack.LocalStack;
import org.newsline.testsupport.FreePorts;
import org.newsline.testsupport.KafkaHalts;

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
    Map<String, String> passwords = SecureKafka.newPasswords();
    KafkaHalts.throwInsteadOfHalting();
    AtomicInteger attempt = new AtomicInteger();
    // Both ports picked, and picked again when one was taken before the broker bound it: the
    // controller's must be in controller.quorum.voters before the node starts (with port 0 there
    // the node never reaches its own controller), and Kafka's KafkaRaftServer does not tell which
    // port a client listener on port 0 got.
    kafka =
        FreePorts.startOnFreshPorts(
            2,
            ports -> {
              SecureKafkaBroker b =
                  new SecureKafkaBroker(
                      dir.resolve("kafka-" + attempt.incrementAndGet()),
                      ports[0],
                      ports[1],
                      tls,
                      passwords);
              try {
                SecureKafka started = b.start(Duration.ofSeconds(60));
                broker = b;
                return started;
              } catch (Exception e) {
                b.close(); // a failed start leaves the half-started server behind
                throw FreePorts.collisionOr(e, ports);
              }
            });
    kafka.provision();
    mongo = OnFreshPorts.mongo(dir.resolve("mongo"));
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
