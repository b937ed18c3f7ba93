package org.newsline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsline.model.kafka.EventSerdes;

class TopicsTest {

  @Test
  void everyTopicHasAUniqueNameAndExactlyOneProducer() {
    Set<String> names = new HashSet<>();
    for (Topic<?> topic : Topics.all()) {
      assertThat(names.add(topic.defaultName())).as(topic.defaultName()).isTrue();
      assertThat(topic.producer()).isNotNull();
    }
    assertThat(names)
        .containsExactlyInAnyOrder(
            "articles.raw", "articles.enriched", "articles.raw-dlt", "articles.enriched-dlt");
  }

  @Test
  void eachServiceProducesOnlyItsOwnTopics() {
    assertThat(Topics.producedBy(Service.INGEST)).containsExactly(Topics.ARTICLES_RAW);
    assertThat(Topics.producedBy(Service.ENRICH))
        .containsExactly(Topics.ARTICLES_ENRICHED, Topics.ARTICLES_RAW_DLT);
    assertThat(Topics.producedBy(Service.STORE)).containsExactly(Topics.ARTICLES_ENRICHED_DLT);
  }

  @Test
  void everyTopicHasASerde() {
    for (Topic<?> topic : Topics.all()) {
      assertThat(EventSerdes.forTopic(topic)).as(topic.defaultName()).isNotNull();
    }
  }
}
