package kz.cites.permit.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.Published;
import kz.cites.permit.ReviewCaseSeeds;
import kz.cites.permit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import tools.jackson.databind.json.JsonMapper;

class OverdueAlertsTest extends IntegrationTest {

  @Autowired OverdueAlerts alerts;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired MeterRegistry meters;
  @Autowired ScheduledTaskHolder scheduledTasks;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aCasePassingItsDueTimeUndecidedIsAnnouncedOnce() {
    Instant due = NOW.plus(Duration.ofHours(1));
    UUID late = ReviewCaseSeeds.inReview(jdbc, json, due);
    UUID decided = ReviewCaseSeeds.inReview(jdbc, json, due);
    jdbc.sql("update review_case set status = 'APPROVED' where application_id = :id")
        .param("id", decided)
        .update();

    alerts.announce();
    assertThat(overdueRecorded(late)).isZero();
    double overdueBefore = meters.get("cites.review.overdue").gauge().value();
    double announcedBefore = announced();

    clock.advance(Duration.ofHours(2));
    // operators see it at once (gauge cites.review.overdue), and the announcement counted
    assertThat(meters.get("cites.review.overdue").gauge().value())
        .isGreaterThanOrEqualTo(overdueBefore + 1);
    alerts.announce();
    alerts.announce();
    assertThat(announced()).isGreaterThanOrEqualTo(announcedBefore + 1);

    assertThat(overdueRecorded(late)).isOne();
    assertThat(overdueRecorded(decided)).isZero();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Published.typesFor(late).contains("kz.cites.ReviewOverdue"));
    assertThat(Published.typesFor(late)).containsExactly("kz.cites.ReviewOverdue");
    assertThat(Published.payload(json, late, "kz.cites.ReviewOverdue").get("dueAt").asString())
        .isEqualTo(due.toString());
  }

  /** The run the scheduler starts every minute announces too: it goes through the transaction. */
  @Test
  void theScheduledRunAnnouncesAnOverdueCase() {
    UUID late = ReviewCaseSeeds.inReview(jdbc, json, NOW.plus(Duration.ofHours(1)));
    clock.advance(Duration.ofHours(2));
    Runnable scheduledRun =
        scheduledTasks.getScheduledTasks().stream()
            .map(task -> task.getTask().getRunnable())
            .filter(run -> run.toString().contains(OverdueAlerts.class.getName()))
            .findFirst()
            .orElseThrow();

    scheduledRun.run();

    assertThat(overdueRecorded(late)).isOne();
  }

  @Test
  void overlappingRunsAnnounceEachCaseOnce() throws Exception {
    Instant due = NOW.plus(Duration.ofHours(1));
    List<UUID> late =
        IntStream.range(0, 5).mapToObj(i -> ReviewCaseSeeds.inReview(jdbc, json, due)).toList();
    clock.advance(Duration.ofHours(2));

    try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
      List<Callable<Integer>> runs = Collections.nCopies(4, alerts::announce);
      for (Future<Integer> run : threads.invokeAll(runs)) {
        run.get();
      }
    }

    for (UUID applicationId : late) {
      assertThat(overdueRecorded(applicationId)).as(applicationId.toString()).isOne();
    }
  }

  private double announced() {
    var counter = meters.find("cites.review.overdue.announced").counter();
    return counter == null ? 0 : counter.count();
  }

  private int overdueRecorded(UUID applicationId) {
    return jdbc.sql(
            "select count(*) from outbox_event where message_key = :key"
                + " and event_type = 'kz.cites.ReviewOverdue'")
        .param("key", applicationId.toString())
        .query(Integer.class)
        .single();
  }
}
