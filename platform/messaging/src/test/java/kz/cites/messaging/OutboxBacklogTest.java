package kz.cites.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import kz.cites.events.ReviewCaseOpened;
import kz.cites.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox's backlog as operators see it: the gauges, and the health contributor {@code outbox}
 * going DOWN while the relay cannot publish and the oldest row grows older than {@code
 * stuck-after}, and UP again once the relay has caught up.
 */
@SpringBootTest(classes = MessagingTestApplication.class)
@Import(TestInfrastructure.class)
class OutboxBacklogTest {

  @Autowired MessagingTestApplication.NoteService notes;
  @Autowired OutboxBacklog outboxHealthIndicator;
  @Autowired MeterRegistry meters;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  @Test
  void aStuckRelayMakesTheOutboxDownUntilItHasPublished() throws Exception {
    UUID eventId;
    // another relay of the service holds the relay lock: this one publishes nothing meanwhile
    try (Connection otherRelay = dataSource.getConnection()) {
      otherRelay.setAutoCommit(false);
      try (var lock = otherRelay.createStatement()) {
        lock.execute("select pg_advisory_xact_lock(hashtext('cites.outbox.relay'))");
      }
      ReviewCaseOpened event = notes.addNote(UUID.randomUUID(), false);
      eventId = event.eventId();
      // recorded ten minutes ago, as if the relay had been stuck since
      jdbc.sql("update outbox_event set created_at = now() - interval '10 minutes' where id = :id")
          .param("id", eventId)
          .update();

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> outboxHealthIndicator.health().getStatus().equals(Status.DOWN));
      var health = outboxHealthIndicator.health();
      assertThat((long) health.getDetails().get("waiting")).isPositive();
      assertThat(health.getDetails()).containsEntry("stuckAfter", "PT5M");
      assertThat(meters.get("cites.outbox.backlog").gauge().value()).isPositive();
      assertThat(meters.get("cites.outbox.oldest.age").timeGauge().value()).isGreaterThan(590);
      otherRelay.rollback();
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> outboxHealthIndicator.health().getStatus().equals(Status.UP));
    assertThat(
            jdbc.sql("select published_at is not null from outbox_event where id = :id")
                .param("id", eventId)
                .query(Boolean.class)
                .single())
        .isTrue();
  }
}
