package kz.cites.fee.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import kz.cites.calendar.CalendarNotAvailableException;
import kz.cites.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class GraceRuleTest {

  private final GraceRule nextWorkingDay = new GraceRule(WorkingCalendar.kazakhstan(), 1);

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
            new GraceRule(WorkingCalendar.kazakhstan(), 2)
                .endsAt(LocalDate.of(2026, 3, 26), Instant.parse("2026-03-26T04:00:00Z")))
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
