package org.newsline.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.newsline.enrich.EnrichProperties;
import org.newsline.enrich.engine.ArticleTooLargeException;
import org.newsline.model.kafka.UnsupportedSchemaVersionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

/** What happens to a record that fails: one test per decision of {@link FailurePolicy}. */
class FailurePolicyTest {

  // retry-backoff 1ms, retry-backoff-max 2ms
  private static final EnrichProperties PROPERTIES = RawArticleListenerTest.PROPERTIES;

  @Test
  void oversizeArticlesAreNotRetriedAndSayTooLarge() {
    Exception failure =
        new ListenerExecutionFailedException("listener", new ArticleTooLargeException("a", 10, 5));
    assertThat(FailurePolicy.notRetryable(failure)).isTrue();
    assertThat(FailurePolicy.reasonOf(failure)).isEqualTo("too-large");
  }

  @Test
  void enrichedRecordsTooLargeToSendAreNotRetriedAndSayTooLarge() {
    Exception failure = new EnrichedTooLargeException("a", 2_000_000);
    assertThat(FailurePolicy.notRetryable(failure)).isTrue();
    assertThat(FailurePolicy.reasonOf(failure)).isEqualTo("too-large");
  }

  @Test
  void unreadableRecordsAreNotRetried() {
    assertThat(FailurePolicy.notRetryable(new SerializationException("bad"))).isTrue();
    assertThat(FailurePolicy.reasonOf(new UnsupportedSchemaVersionException(2, 1, "t")))
        .isEqualTo("schema-version");
  }

  @Test
  void engineFailuresAreRetriedAndSayProcessing() {
    Exception failure =
        new ListenerExecutionFailedException("listener", new IllegalStateException("boom"));
    assertThat(FailurePolicy.notRetryable(failure)).isFalse();
    assertThat(FailurePolicy.reasonOf(failure)).isEqualTo("processing");
  }

  @Test
  void tombstonesAreNotRetriedAndSayValidation() {
    Exception failure =
        new ListenerExecutionFailedException(
            "listener", new EmptyRecordException("articles.raw-0@5"));
    assertThat(FailurePolicy.notRetryable(failure)).isTrue();
    assertThat(FailurePolicy.reasonOf(failure)).isEqualTo("validation");
  }

  @Test
  void engineFailuresAreRetriedUntilTheLastAttemptThenDeadLettered() {
    Exception failure = new IllegalStateException("boom");
    assertThat(FailurePolicy.deadLetterNow(failure, 1, 3)).isFalse();
    assertThat(FailurePolicy.deadLetterNow(failure, 2, 3)).isFalse();
    assertThat(FailurePolicy.deadLetterNow(failure, 3, 3)).isTrue();
  }

  @Test
  void notRetryableFailuresAreDeadLetteredOnTheFirstAttempt() {
    assertThat(FailurePolicy.deadLetterNow(new EnrichedTooLargeException("a", 2_000_000), 1, 3))
        .isTrue();
  }

  @Test
  void retryPausesDoubleFromRetryBackoffUpToRetryBackoffMax() {
    BackOffExecution pauses = FailurePolicy.retryBackOff(PROPERTIES).start();
    assertThat(List.of(pauses.nextBackOff(), pauses.nextBackOff(), pauses.nextBackOff()))
        .containsExactly(1L, 2L, 2L);
  }

  @Test
  void aRolledBackPollIsRetriedWithoutEnd() {
    BackOffExecution pauses = FailurePolicy.retryBackOff(PROPERTIES).start();
    for (int i = 0; i < 10_000; i++) {
      assertThat(pauses.nextBackOff()).isNotEqualTo(BackOffExecution.STOP);
    }
  }
}
