package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class PipelineQueuesTest {

  @Test
  void addsUpTheLagOfEveryPartitionOfTheService() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    lag(registry, "0", 7);
    lag(registry, "1", 5);
    try (GenericApplicationContext service = service(registry)) {
      assertThat(PipelineQueues.lag(service)).isEqualTo(12L);
    }
  }

  @Test
  void knowsNothingBeforeTheFirstReadOrOnceTheServiceIsClosed() {
    GenericApplicationContext service = service(new SimpleMeterRegistry());
    assertThat(PipelineQueues.lag(service)).isNull();
    service.close();
    assertThat(PipelineQueues.lag(service)).isNull();
    assertThat(PipelineQueues.lag(null)).isNull();
  }

  private static void lag(MeterRegistry registry, String partition, double value) {
    Gauge.builder(PipelineQueues.LAG, () -> value)
        .tag("group", "g")
        .tag("topic", "t")
        .tag("partition", partition)
        .register(registry);
  }

  private static GenericApplicationContext service(MeterRegistry registry) {
    GenericApplicationContext context = new GenericApplicationContext();
    context.registerBean(MeterRegistry.class, () -> registry);
    context.refresh();
    return context;
  }
}
