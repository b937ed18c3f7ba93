package org.newsline.ingest;

import org.newsline.testsupport.ContainerInfrastructure;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.UniqueNames;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "newsline.security.api-keys=" + IngestHttp.KEY,
      "newsline.ingest.max-article-size=64KB",
      "newsline.ingest.rate-limit.requests-per-second=0",
      "newsline.kafka.partitions=3"
    })
class IngestFlowContainersIT extends IngestFlowScenario {

  @Container @ServiceConnection static KafkaContainer kafka = ContainerInfrastructure.kafka();

  @DynamicPropertySource
  static void topics(DynamicPropertyRegistry registry) {
    registry.add("newsline.kafka.topics.raw", () -> UniqueNames.of("articles.raw"));
  }

  @Override
  protected Infrastructure infrastructure() {
    return ContainerInfrastructure.of(kafka, null);
  }
}
