package org.newsline.localstack;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsline.testsupport.ContainerInfrastructure;
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
    LocalStackSettings settings =
        new LocalStackSettings(
            Files.createTempDirectory("newsline-e2e-containers"),
            0,
            0,
            0,
            LocalKafkaBrokerIT.freePort(),
            LocalKafkaBrokerIT.freePort(),
            LocalKafkaBrokerIT.freePort());
    stack =
        LocalStack.onExternal(
            settings,
            ApiKeyFile.single(KEY),
            Map.of(),
            kafka.getBootstrapServers(),
            mongo.getConnectionString());
    stack.start();
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
