package org.newsline.model.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

class YamlPropertySourceFactoryTest {

  @Configuration
  @PropertySource(
      value = "classpath:yaml-defaults-test.yml",
      factory = YamlPropertySourceFactory.class)
  static class WithYamlDefaults {}

  @Test
  void readsNestedYamlPropertiesThroughPropertySource() {
    new ApplicationContextRunner()
        .withUserConfiguration(WithYamlDefaults.class)
        .run(
            context -> {
              assertThat(context.getEnvironment().getProperty("newsline.example.name"))
                  .isEqualTo("from-yaml");
              assertThat(context.getEnvironment().getProperty("newsline.example.limit"))
                  .isEqualTo("7");
            });
  }

  @Test
  void anyOtherSourceOverridesTheYamlDefaults() {
    new ApplicationContextRunner()
        .withUserConfiguration(WithYamlDefaults.class)
        .withSystemProperties("newsline.example.name=from-system")
        .run(
            context ->
                assertThat(context.getEnvironment().getProperty("newsline.example.name"))
                    .isEqualTo("from-system"));
  }
}
