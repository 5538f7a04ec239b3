package kz.cites.fee.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.cites.calendar.CalendarNotAvailableException;
import kz.cites.calendar.DayKind;
import kz.cites.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraceRuleTest {

  private final GraceRule nextWorkingDay = new GraceRule(WorkingCalendar::kazakhstan, 1);

  @Test
  void endsAtTheEndOfTheNextWorkingDayInAlmaty() {
    // Thursday 26 Mar 2026 -> Friday 27 Mar, 17:30 local = 12:30Z
    assertThat(
            nextWorkingDay.endsAt(LocalDate.of(2026, 3, 26), Instant.parse("2026-03-26T04:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-27T12:30:00Z"));
  }

  @Test
  void crossesTheYearAndItsHolidays() {
    // Wednesday 31 Dec 2025 -> 1-2 Jan holidays, 3-4 Jan weekend -> Monday 5 Jan 2026
    assertThat(
            nextWorkingDay.endsAt(
                LocalDate.of(2025, 12, 31), Instant.parse("2025-12-31T06:00:00Z")))
        .isEqualTo(Instant.parse("2026-01-05T12:30:00Z"));
  }

  @Test
  void skipsNauryzAndTheWeekend() {
    // Friday 20 Mar 2026 -> 21-22 weekend, 23-25 Nauryz days off -> Thursday 26 Mar
    assertThat(
            nextWorkingDay.endsAt(LocalDate.of(2026, 3, 20), Instant.parse("2026-03-20T06:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-26T12:30:00Z"));
  }

  @Test
  void aLateAssessmentCountsFromItsOwnDayAndTheWorkingDaysAreConfigurable() {
    // registered Thursday 26 Mar, assessed only on Friday 27 Mar at 18:00 local
    assertThat(
            nextWorkingDay.endsAt(LocalDate.of(2026, 3, 26), Instant.parse("2026-03-27T13:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-30T12:30:00Z"));
    assertThat(
            new GraceRule(WorkingCalendar::kazakhstan, 2)
                .endsAt(LocalDate.of(2026, 3, 26), Instant.parse("2026-03-26T04:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-30T12:30:00Z"));
  }

  @ParameterizedTest(name = "registered {0}, {1} marked {2}: grace ends {3}")
  @CsvSource({
    // a decree makes Fri 27 Mar 2026 a day off: the next working day is Mon 30
    "2026-03-26, 2026-03-27, OFF,    2026-03-30T12:30:00Z",
    // a decree makes Sat 28 Mar 2026 a working day: Fri 27 -> Sat 28
    "2026-03-27, 2026-03-28, WORKED, 2026-03-28T12:30:00Z",
    // a mark elsewhere changes nothing
    "2026-03-26, 2026-10-14, OFF,    2026-03-27T12:30:00Z",
  })
  void followsTheDaysMarkedByDecree(
      LocalDate registered, LocalDate marked, DayKind kind, Instant expected) {
    GraceRule rule =
        new GraceRule(() -> WorkingCalendar.kazakhstan().withDays(Map.of(marked, kind)), 1);
    assertThat(rule.endsAt(registered, registered.atTime(9, 0).toInstant(ZoneOffset.ofHours(5))))
        .isEqualTo(expected);
  }

  @Test
  void asksTheCalendarOnEveryComputation() {
    List<WorkingCalendar> calendars =
        new ArrayList<>(
            List.of(
                WorkingCalendar.kazakhstan(),
                WorkingCalendar.kazakhstan()
                    .withDays(Map.of(LocalDate.of(2026, 3, 27), DayKind.OFF))));
    GraceRule rule = new GraceRule(() -> calendars.removeFirst(), 1);
    Instant assessed = Instant.parse("2026-03-26T04:00:00Z");
    assertThat(rule.endsAt(LocalDate.of(2026, 3, 26), assessed))
        .isEqualTo(Instant.parse("2026-03-27T12:30:00Z"));
    assertThat(rule.endsAt(LocalDate.of(2026, 3, 26), assessed))
        .isEqualTo(Instant.parse("2026-03-30T12:30:00Z"));
  }

  @Test
  void aYearWithoutCalendarDataIsAnErrorNotAGuess() {
    assertThatThrownBy(
            () ->
                nextWorkingDay.endsAt(
                    LocalDate.of(2030, 2, 1), Instant.parse("2030-02-01T04:00:00Z")))
        .isInstanceOf(CalendarNotAvailableException.class);
  }
}
