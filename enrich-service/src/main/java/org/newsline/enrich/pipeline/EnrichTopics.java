package org.newsline.enrich.pipeline;

import org.newsline.model.Topics;
import org.newsline.model.spring.PlatformKafkaProperties;

/** The configured names of the topics this service reads and writes. */
record EnrichTopics(String raw, String enriched, String rawDlt) {

  static EnrichTopics of(PlatformKafkaProperties kafka) {
    return new EnrichTopics(
        kafka.nameOf(Topics.ARTICLES_RAW),
        kafka.nameOf(Topics.ARTICLES_ENRICHED),
        kafka.nameOf(Topics.ARTICLES_RAW_DLT));
  }
}
