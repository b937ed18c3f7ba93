package org.newsline.store;

import com.mongodb.WriteConcern;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the store service ({@code newsline.store.*}). MongoDB connection and pool settings
 * are Spring Boot's own ({@code spring.mongodb.*}); Kafka client settings are {@code
 * spring.kafka.*}.
 *
 * @param collection collection the articles are stored in, default {@code articles}
 * @param writeConcern write concern of every bulk write: {@code majority} (default), {@code
 *     acknowledged}/{@code w1}, {@code w2}, {@code w3}, {@code journaled} or a number of nodes; an
 *     unacknowledged concern ({@code 0}) is refused, since offsets are committed only after the
 *     write is acknowledged
 * @param maxDocumentBytes largest BSON document written, default 16 MiB (MongoDB's limit); a larger
 *     article goes to the dead-letter topic
 * @param serverApi Stable API version to declare to MongoDB (e.g. {@code 1}), empty (default) for
 *     none; the local stand-in does not support it
 * @param writing consumer and retry settings
 * @param query limits of the query API
 */
@ConfigurationProperties("newsline.store")
public record StoreProperties(
    @DefaultValue("articles") String collection,
    @DefaultValue("majority") String writeConcern,
    @DefaultValue("16777216") int maxDocumentBytes,
    @DefaultValue("") String serverApi,
    @DefaultValue Writing writing,
    @DefaultValue Query query) {

  public StoreProperties {
    if (collection == null || collection.isBlank()) {
      throw new IllegalArgumentException("newsline.store.collection must not be empty");
    }
    if (maxDocumentBytes < 1024) {
      throw new IllegalArgumentException("newsline.store.max-document-bytes must be at least 1024");
    }
    mongoWriteConcern(writeConcern);
  }

  /** The configured write concern; refuses unacknowledged ones. */
  public WriteConcern mongoWriteConcern() {
    return mongoWriteConcern(writeConcern);
  }

  static WriteConcern mongoWriteConcern(String name) {
    String value = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    WriteConcern concern;
    if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
      concern = new WriteConcern(Integer.parseInt(value));
    } else {
      concern = WriteConcern.valueOf(value);
    }
    if (concern == null) {
      throw new IllegalArgumentException(
          "newsline.store.write-concern: unknown write concern '" + name + "'");
    }
    if (!concern.isAcknowledged()) {
      throw new IllegalArgumentException(
          "newsline.store.write-concern must be acknowledged (offsets are committed after the write)");
    }
    return concern;
  }

  /**
   * How {@code articles.enriched} is consumed.
   *
   * @param groupId consumer group, default {@code newsline-store}
   * @param concurrency consumer threads (at most the partition count), default 1
   * @param maxPollRecords largest batch, default 500
   * @param backoffInitial first wait before retrying a batch MongoDB could not take, default 500ms
   * @param backoffMultiplier growth of the wait, default 2.0
   * @param backoffMax longest wait between retries, default 30s; retries never give up
   */
  public record Writing(
      @DefaultValue("newsline-store") String groupId,
      @DefaultValue("1") int concurrency,
      @DefaultValue("500") int maxPollRecords,
      @DefaultValue("500ms") Duration backoffInitial,
      @DefaultValue("2.0") double backoffMultiplier,
      @DefaultValue("30s") Duration backoffMax) {
    public Writing {
      if (concurrency < 1) {
        throw new IllegalArgumentException("newsline.store.writing.concurrency must be at least 1");
      }
      if (maxPollRecords < 1) {
        throw new IllegalArgumentException(
            "newsline.store.writing.max-poll-records must be at least 1");
      }
      if (backoffMultiplier < 1.0) {
        throw new IllegalArgumentException(
            "newsline.store.writing.backoff-multiplier must be at least 1.0");
      }
    }
  }

  /**
   * Limits of the query API.
   *
   * @param defaultLimit page size when {@code limit} is not given, default 20
   * @param maxLimit largest {@code limit} accepted, default 200
   * @param maxParameterLength longest text parameter accepted (entity, source, unit), default 200
   * @param maxScannedArticles most articles the figures query reads to fill one response, default
   *     2000
   * @param textSearch how {@code q} searches: {@code auto} (default: MongoDB's {@code $text} where
   *     the server answers it, asked once, else a scan), {@code index} or {@code scan}
   */
  public record Query(
      @DefaultValue("20") int defaultLimit,
      @DefaultValue("200") int maxLimit,
      @DefaultValue("200") int maxParameterLength,
      @DefaultValue("2000") int maxScannedArticles,
      @DefaultValue("auto") TextSearchMode textSearch) {

    public Query {
      if (maxLimit < 1 || defaultLimit < 1 || defaultLimit > maxLimit) {
        throw new IllegalArgumentException(
            "newsline.store.query: need 1 <= default-limit <= max-limit");
      }
      if (maxScannedArticles < 1) {
        // MongoDB reads a limit of 0 as no limit at all.
        throw new IllegalArgumentException(
            "newsline.store.query.max-scanned-articles must be at least 1");
      }
    }
  }

  /** How {@code q} searches title and body. */
  public enum TextSearchMode {
    /** {@code $text} where the server answers it (asked once), else {@link #SCAN}. */
    AUTO,
    /** Always {@code $text} on the {@code title_body_text} index. */
    INDEX,
    /** A case-insensitive whole-word regular expression per term: every article is read. */
    SCAN
  }
}
