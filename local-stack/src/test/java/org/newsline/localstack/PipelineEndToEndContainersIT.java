package org.newsline.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsline.testsupport.ContainerInfrastructure;
import org.newsline.testsupport.FreePorts;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same pipeline scenarios with the three services on real Kafka and MongoDB containers. */
@Testcontainers(disabledWithoutDocker = true)
class PipelineEndToEndContainersIT extends PipelineScenario {

  @Container static KafkaContainer kafka = ContainerInfrastructure.kafka();
  @Container static MongoDBContainer mongo = ContainerInfrastructure.mongo();

  private static LocalStack stack;

  @BeforeAll
  static void startServices() throws Exception {
    // The services' ports must be known before they start (each is handed the others' URLs), so
    // they are picked; a start that finds one taken meanwhile is made again on new ports.
    Path dir = Files.createTempDirectory("newsline-e2e-containers");
    AtomicInteger attempt = new AtomicInteger();
    stack =
        FreePorts.startOnFreshPorts(
            3,
            ports -> {
              LocalStack started =
                  LocalStack.onExternal(
                      new LocalStackSettings(
                          Files.createDirectories(
                              dir.resolve("attempt-" + attempt.incrementAndGet())),
                          0,
                          0,
                          0,
                          ports[0],
                          ports[1],
                          ports[2]),
                      ApiKeyFile.single(KEY),
                      Map.of(),
                      kafka.getBootstrapServers(),
                      mongo.getConnectionString());
              try {
                started.start();
                return started;
              } catch (Exception e) {
                started.close();
                throw FreePorts.collisionOr(e, ports);
              }
            });
  }

  @AfterAll
  static void stopServices() {
    if (stack != null) {
      stack.close();
    }
  }

  @Override
  protected LocalStack stack() {
    return stack;
  }
}
