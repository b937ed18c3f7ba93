package org.newsline.reliability;

import org.newsline.testsupport.ContainerInfrastructure;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * {@link StackCrashScenario} on the production path: real {@code apache/kafka} and {@code mongo:8}
 * (a replica set with journaling, the store writing with {@code w: majority}, its default) in
 * containers that stay up, and the three services in a child JVM that is killed (SIGKILL) and
 * started again. Skipped where there is no Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackCrashContainersIT extends StackCrashScenario {

  @Container static KafkaContainer kafka = ContainerInfrastructure.kafka();
  @Container static MongoDBContainer mongo = ContainerInfrastructure.mongo();

  @Override
  protected boolean ownInfrastructure() {
    return false;
  }

  @Override
  protected String prefix() {
    return "services-crash-";
  }

  @Override
  protected StackProcess start(String name) {
    return StackProcess.startServices(
        name, settings(), kafka.getBootstrapServers(), mongo.getConnectionString(), START);
  }

  @Override
  protected String kafka() {
    return kafka.getBootstrapServers();
  }

  @Override
  protected String mongo() {
    return mongo.getConnectionString();
  }
}
