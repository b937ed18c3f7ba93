package org.newsline.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Real {@code apache/kafka} (KRaft) and {@code mongo} containers, for hosts with Docker. Declare
 * the containers in the test class so that {@code @Testcontainers(disabledWithoutDocker = true)}
 * skips it cleanly elsewhere:
 *
 * <pre>{@code
 * @Testcontainers(disabledWithoutDocker = true)
 * class SomethingContainersIT extends SomethingScenario {
 *   @Container @ServiceConnection static KafkaContainer kafka = ContainerInfrastructure.kafka();
 *   @Container @ServiceConnection static MongoDBContainer mongo = ContainerInfrastructure.mongo();
 *
 *   @Override
 *   protected Infrastructure infrastructure() {
 *     return ContainerInfrastructure.of(kafka, mongo);
 *   }
 * }
 * }</pre>
 */
public final class ContainerInfrastructure implements Infrastructure {

  /** Pinned image of the real broker; same major version as the client and embedded broker. */
  public static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.1");

  /** Pinned image of the real database. */
  public static final DockerImageName MONGO_IMAGE = DockerImageName.parse("mongo:8.0.16");

  private final KafkaContainer kafka;
  private final MongoDBContainer mongo;

  private ContainerInfrastructure(KafkaContainer kafka, MongoDBContainer mongo) {
    this.kafka = kafka;
    this.mongo = mongo;
  }

  /** A single-node KRaft broker, not yet started. */
  public static KafkaContainer kafka() {
    return new KafkaContainer(KAFKA_IMAGE)
        .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
        .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
  }

  /** A single-node replica set, not yet started. */
  public static MongoDBContainer mongo() {
    return new MongoDBContainer(MONGO_IMAGE);
  }

  /**
   * The infrastructure given by started containers. Either may be null for a scenario that needs
   * only the other; asking for the missing one is an error.
   */
  public static ContainerInfrastructure of(KafkaContainer kafka, MongoDBContainer mongo) {
    return new ContainerInfrastructure(kafka, mongo);
  }

  @Override
  public String kafkaBootstrapServers() {
    if (kafka == null) {
      throw new IllegalStateException("this test declared no Kafka container");
    }
    return kafka.getBootstrapServers();
  }

  @Override
  public String mongoConnectionString() {
    if (mongo == null) {
      throw new IllegalStateException("this test declared no MongoDB container");
    }
    return mongo.getConnectionString();
  }

  @Override
  public String name() {
    return "containers";
  }
}
