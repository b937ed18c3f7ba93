package org.newsline.testsupport;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

@Testcontainers(disabledWithoutDocker = true)
class MongoStandInContainersIT extends MongoStandInScenario {

  @Container static MongoDBContainer mongo = ContainerInfrastructure.mongo();

  @Override
  protected Infrastructure infrastructure() {
    return ContainerInfrastructure.of(null, mongo);
  }
}
