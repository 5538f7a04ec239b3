package kz.cites.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/** Which failures are retried and which are parked, on the producing and the consuming side. */
class FailureClassificationTest {

  @Test
  void theBrokerBeingAwayIsRetriedButARefusedRecordIsParked() {
    assertThat(
            OutboxRelay.refusedForGood(
                new KafkaException("Send failed", new TimeoutException("x"))))
        .isFalse();
    assertThat(
            OutboxRelay.refusedForGood(
                new KafkaException("Send failed", new RecordTooLargeException("x"))))
        .isTrue();
    assertThat(OutboxRelay.refusedForGood(new InvalidTopicException("x"))).isTrue();
    assertThat(OutboxRelay.refusedForGood(new IllegalStateException("x"))).isFalse();
  }

  @Test
  void aDatabaseThatIsBrieflyAwayIsRetriedNotDeadLettered() {
    assertThat(
            MessagingAutoConfiguration.isTransient(
                new ListenerExecutionFailedException(
                    "listener failed", new CannotGetJdbcConnectionException("no connection"))))
        .isTrue();
    assertThat(MessagingAutoConfiguration.isTransient(new QueryTimeoutException("slow"))).isTrue();
    assertThat(MessagingAutoConfiguration.isTransient(new PoisonEventException("unreadable")))
        .isFalse();
    assertThat(MessagingAutoConfiguration.isTransient(new IllegalArgumentException("a bug")))
        .isFalse();
  }
}
