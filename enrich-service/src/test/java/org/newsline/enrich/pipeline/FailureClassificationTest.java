package org.newsline.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.newsline.enrich.engine.ArticleTooLargeException;
import org.newsline.model.kafka.UnsupportedSchemaVersionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class FailureClassificationTest {

  @Test
  void oversizeArticlesAreNotRetriedAndSayTooLarge() {
    Exception failure =
        new ListenerExecutionFailedException("listener", new ArticleTooLargeException("a", 10, 5));
    assertThat(KafkaConfiguration.notRetryable(failure)).isTrue();
    assertThat(KafkaConfiguration.reasonOf(failure)).isEqualTo("too-large");
  }

  @Test
  void enrichedRecordsTooLargeToSendAreNotRetriedAndSayTooLarge() {
    Exception failure = new EnrichedTooLargeException("a", 2_000_000);
    assertThat(KafkaConfiguration.notRetryable(failure)).isTrue();
    assertThat(KafkaConfiguration.reasonOf(failure)).isEqualTo("too-large");
  }

  @Test
  void unreadableRecordsAreNotRetried() {
    assertThat(KafkaConfiguration.notRetryable(new SerializationException("bad"))).isTrue();
    assertThat(KafkaConfiguration.reasonOf(new UnsupportedSchemaVersionException(2, 1, "t")))
        .isEqualTo("schema-version");
  }

  @Test
  void engineFailuresAreRetriedAndSayProcessing() {
    Exception failure =
        new ListenerExecutionFailedException("listener", new IllegalStateException("boom"));
    assertThat(KafkaConfiguration.notRetryable(failure)).isFalse();
    assertThat(KafkaConfiguration.reasonOf(failure)).isEqualTo("processing");
  }

  @Test
  void tombstonesAreNotRetriedAndSayValidation() {
    Exception failure =
        new ListenerExecutionFailedException(
            "listener", new EmptyRecordException("articles.raw-0@5"));
    assertThat(KafkaConfiguration.notRetryable(failure)).isTrue();
    assertThat(KafkaConfiguration.reasonOf(failure)).isEqualTo("validation");
  }
}
