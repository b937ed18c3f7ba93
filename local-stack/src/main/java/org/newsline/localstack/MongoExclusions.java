package org.newsline.localstack;

import java.util.List;
import java.util.Optional;
import org.springframework.util.ClassUtils;

/**
 * The MongoDB auto-configurations a service without MongoDB (ingest, enrich) must not run when it
 * shares a classpath with the store, as in the local stack, the reliability tests' child JVMs and
 * the benchmarks: each would otherwise build a client for {@code localhost:27017} and report its
 * health. One list, so that a Spring Boot upgrade that adds or renames one is mended in one place
 * ({@code MongoExclusionsTest} fails when a listed class is gone).
 */
public final class MongoExclusions {

  /** The auto-configuration classes, by name. */
  public static final List<String> AUTO_CONFIGURATIONS =
      List.of(
          "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
          "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
          "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration",
          "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration",
          "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration");

  /** The property that switches auto-configurations off. */
  public static final String PROPERTY = "spring.autoconfigure.exclude";

  private MongoExclusions() {}

  /**
   * The value of {@link #PROPERTY} for the listed classes present on this classpath, empty when
   * none is (Spring refuses to exclude a class it cannot load).
   */
  public static Optional<String> value() {
    List<String> present =
        AUTO_CONFIGURATIONS.stream()
            .filter(c -> ClassUtils.isPresent(c, MongoExclusions.class.getClassLoader()))
            .toList();
    return present.isEmpty() ? Optional.empty() : Optional.of(String.join(",", present));
  }
}
