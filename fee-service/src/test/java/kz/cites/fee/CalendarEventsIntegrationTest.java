package kz.cites.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import kz.cites.events.CalendarDayChanged;
import kz.cites.events.CalendarDayChanged.Kind;
import kz.cites.events.VerificationCompleted;
import kz.cites.messaging.MessagingProperties;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Days marked in application-service's calendar reach the grace period, each change once. */
class CalendarEventsIntegrationTest extends FeeIntegrationTestSupport {

  static final LocalDate TUESDAY = LocalDate.of(2026, 10, 13);
  static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 14);

  @Autowired MessagingProperties messaging;

  /** The other tests count on the bundled calendar. */
  @AfterEach
  void removeMarks() {
    jdbc.sql("delete from calendar_day").update();
  }

  @Test
  void aMarkedDayMovesTheGracePeriodOfDutiesAssessedAfterIt() throws Exception {
    CalendarDayChanged marked =
        changed(WEDNESDAY, Kind.OFF, "Decree No. 123", "2026-10-01T06:00:00Z");
    record(marked);
    awaitProcessed(marked.eventId());

    clock.set(Instant.parse("2026-10-13T06:00:00Z"));
    UUID app = UUID.randomUUID();
    record(submitted(app, APPLICANT, TUESDAY));
    VerificationCompleted unpaid = verified(app);
    record(unpaid);
    awaitProcessed(unpaid.eventId());
    awaitFeeEvents(app, "FeeAssessed");

    // Wednesday is off by decree: the next working day after Tuesday is Thursday
    mvc.perform(get("/api/v1/fees/{id}", app).with(user(APPLICANT, "APPLICANT")))
        .andExpect(jsonPath("$.graceEndsAt").value("2026-10-15T12:30:00Z"));
  }

  @Test
  void aRedeliveredChangeIsAppliedOnce() {
    CalendarDayChanged marked =
        changed(WEDNESDAY, Kind.OFF, "Decree No. 123", "2026-10-01T06:00:00Z");
    CalendarDayChanged removed = changed(WEDNESDAY, null, "Decree revoked", "2026-10-02T06:00:00Z");
    record(marked);
    record(removed);
    awaitProcessed(removed.eventId());
    assertThat(day(WEDNESDAY))
        .containsEntry("kind", null)
        .containsEntry("event_id", removed.eventId());

    // the very same record of the mark again, then a change of another day on the same partition:
    // once that one is processed, the redelivery has been seen (one partition is read in order)
    redeliver(marked.eventId());
    CalendarDayChanged later =
        changed(samePartitionAs(WEDNESDAY), Kind.OFF, "Decree No. 124", "2026-10-03T06:00:00Z");
    record(later);
    awaitProcessed(later.eventId());

    assertThat(day(WEDNESDAY))
        .as("the redelivered mark did not bring the day off back")
        .containsEntry("kind", null)
        .containsEntry("event_id", removed.eventId());
    assertThat(
            jdbc.sql(
                    "select count(*) from inbox_event where consumer = 'fee-service'"
                        + " and event_id = :id")
                .param("id", marked.eventId())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private Map<String, Object> day(LocalDate date) {
    return jdbc.sql("select kind, reason, event_id from calendar_day where day = :day")
        .param("day", date)
        .query()
        .singleRow();
  }

  /** A weekday (a day OFF fits it) whose key lands on the partition of {@code date}'s key. */
  private LocalDate samePartitionAs(LocalDate date) {
    int partitions = messaging.topics().partitions();
    return Stream.iterate(date.plusDays(1), d -> d.plusDays(1))
        .filter(d -> d.getDayOfWeek().getValue() <= 5)
        .filter(d -> partition(d, partitions) == partition(date, partitions))
        .findFirst()
        .orElseThrow();
  }

  /** Kafka's default partitioner for a keyed record. */
  private static int partition(LocalDate key, int partitions) {
    return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8)))
        % partitions;
  }

  private static CalendarDayChanged changed(
      LocalDate date, Kind kind, String reason, String occurredAt) {
    return new CalendarDayChanged(UUID.randomUUID(), Instant.parse(occurredAt), date, kind, reason);
  }
}
