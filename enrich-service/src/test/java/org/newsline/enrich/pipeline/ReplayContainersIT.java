package org.newsline.enrich.pipeline;

import org.newsline.testsupport.ContainerInfrastructure;
import org.newsline.testsupport.Infrastructure;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

@Testcontainers(disabledWithoutDocker = true)
class ReplayContainersIT extends ReplayScenario {

  @Container static KafkaContainer kafka = ContainerInfrastructure.kafka();

  @Override
  protected Infrastructure infrastructure() {
    return ContainerInfrastructure.of(kafka, null);
  }
}
