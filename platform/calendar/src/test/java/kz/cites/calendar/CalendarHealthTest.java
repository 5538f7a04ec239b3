package kz.cites.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** The health contributor {@code calendar}: DOWN when a year the service needs has no data. */
class CalendarHealthTest {

  /** Data for 2026 only: no weekday off, nothing worked on a weekend. */
  static final WorkingCalendar ONLY_2026 = WorkingCalendar.parse(Map.of(2026, ""));

  static CalendarHealth at(String instant) {
    return new CalendarHealth(
        ONLY_2026, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), MonthDay.of(12, 1));
  }

  @Test
  void theCurrentYearWithDataIsUpUntilTheNextYearIsNeeded() {
    var health = at("2026-11-30T12:00:00Z").health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("missing", java.util.List.of());
  }

  @Test
  void fromDecemberTheNextYearsDataIsNeeded() {
    var health = at("2026-12-01T12:00:00Z").health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("missing", java.util.List.of(2027));
  }

  @Test
  void aYearWithoutDataIsDown() {
    assertThat(at("2027-03-02T12:00:00Z").health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(at("2027-03-02T12:00:00Z").missingYears()).containsExactly(2027);
  }

  @Test
  void theDayIsKazakhstansNotUtcs() {
    // 30 November 20:00 UTC is already 1 December in Almaty (UTC+5)
    assertThat(at("2026-11-30T20:00:00Z").missingYears()).containsExactly(2027);
  }

  @Test
  void theBundledCalendarCoversTheYearsItShips() {
    var bundled =
        new CalendarHealth(
            WorkingCalendar.kazakhstan(),
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC),
            MonthDay.of(12, 1));
    assertThat(bundled.health().getStatus()).isEqualTo(Status.UP);
  }
}
