package org.newsline.model.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

class PlatformDefaultsTest {

  @Configuration
  static class Empty {}

  private static ConfigurableApplicationContext start(String... args) {
    SpringApplication app = new SpringApplication(Empty.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    return app.run(args);
  }

  @Test
  void everyServiceGetsTheKafkaMetadataRecoveryDefault() {
    try (ConfigurableApplicationContext context = start()) {
      assertThat(
              context
                  .getEnvironment()
                  .getProperty("spring.kafka.properties.metadata.recovery.strategy"))
          .isEqualTo("none");
    }
  }

  @Test
  void configurationOverridesTheDefault() {
    try (ConfigurableApplicationContext context =
        start("--spring.kafka.properties.metadata.recovery.strategy=rebootstrap")) {
      assertThat(
              context
                  .getEnvironment()
                  .getProperty("spring.kafka.properties.metadata.recovery.strategy"))
          .isEqualTo("rebootstrap");
    }
  }

  @Test
  void everyServiceTagsItsMetersWithItsApplicationName() {
    try (ConfigurableApplicationContext context =
        start("--spring.application.name=store-service")) {
      assertThat(context.getEnvironment().getProperty("management.metrics.tags.application"))
          .isEqualTo("store-service");
    }
  }
}
