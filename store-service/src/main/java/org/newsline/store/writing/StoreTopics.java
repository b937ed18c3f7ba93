package org.newsline.store.writing;

/**
 * The configured names of the topics the store reads and writes (from {@code
 * PlatformKafkaProperties}); a bean so the listener annotation can name its topic.
 *
 * @param enriched {@code articles.enriched}
 * @param enrichedDlt {@code articles.enriched-dlt}
 */
public record StoreTopics(String enriched, String enrichedDlt) {}
