package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

class MongoExclusionsTest {

  @Test
  void everyListedAutoConfigurationExistsOnTheStacksClasspath() {
    // The store is on this classpath, so every one of them must load: a name that no longer
    // does (renamed in a Spring Boot upgrade) would silently stop being excluded.
    assertThat(MongoExclusions.AUTO_CONFIGURATIONS)
        .allSatisfy(c -> assertThat(ClassUtils.isPresent(c, getClass().getClassLoader())).isTrue());
  }

  @Test
  void theValueExcludesEveryListedClassPresent() {
    assertThat(MongoExclusions.value())
        .hasValue(String.join(",", MongoExclusions.AUTO_CONFIGURATIONS));
  }
}
