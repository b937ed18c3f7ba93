package org.newsline.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Kafka broker and MongoDB server a test runs against: the in-process ones ({@link
 * EmbeddedInfrastructure}) or real containers ({@link ContainerInfrastructure}). Scenarios are
 * written once against this interface and run on both.
 */
public interface Infrastructure {

  /** Kafka {@code bootstrap.servers}. */
  String kafkaBootstrapServers();

  /** MongoDB connection string without a database, e.g. {@code mongodb://localhost:27017}. */
  String mongoConnectionString();

  /** Short name for logs and test reports: {@code embedded} or {@code containers}. */
  String name();

  /**
   * Points Spring Boot's Kafka and MongoDB auto-configuration at this infrastructure. Use from a
   * {@code @DynamicPropertySource} method.
   */
  default void registerSpringProperties(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", this::kafkaBootstrapServers);
    registry.add("spring.mongodb.uri", this::mongoConnectionString);
  }
}
