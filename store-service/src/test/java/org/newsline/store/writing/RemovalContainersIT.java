package org.newsline.store.writing;

import org.newsline.store.StoreTestSetup;
import org.newsline.testsupport.ContainerInfrastructure;
import org.newsline.testsupport.Infrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** {@link RemovalScenario} against real Kafka and MongoDB 8 (where Docker is). */
@Testcontainers(disabledWithoutDocker = true)
class RemovalContainersIT extends RemovalScenario {

  @Container static KafkaContainer kafka = ContainerInfrastructure.kafka();
  @Container static MongoDBContainer mongo = ContainerInfrastructure.mongo();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    StoreTestSetup.register(registry, ContainerInfrastructure.of(kafka, mongo));
  }

  @Override
  protected Infrastructure infrastructure() {
    return ContainerInfrastructure.of(kafka, mongo);
  }
}
