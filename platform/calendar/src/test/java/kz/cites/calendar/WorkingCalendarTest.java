package kz.cites.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

  private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();

  @Test
  void newYearOf2027FollowsTheWeekendRule() {
    // 2 Jan 2027 is a Saturday: the day off moves to Monday 4 Jan; 5 Jan is the first working day
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
    assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2027, 1, 1)))
        .isEqualTo(LocalDate.of(2027, 1, 5));
  }

  @Test
  void bundles2025To2027() {
    assertThat(calendar.years()).containsExactly(2025, 2026, 2027);
    assertThat(calendar.covers(2027)).isTrue();
    assertThat(calendar.covers(2028)).isFalse();
  }

  @ParameterizedTest(name = "{0} working day: {1}")
  @CsvSource({
    // 2025: 3 Jan moved from Sun 5 Jan, which was worked
    "2025-01-03, false",
    "2025-01-04, false",
    "2025-01-05, true",
    "2025-01-06, true",
    "2025-01-07, false",
    "2025-03-10, false",
    "2025-06-06, false",
    // ordinary days
    "2025-06-05, true",
    "2026-03-20, true",
    "2026-03-21, false",
    "2026-03-22, false",
    "2026-03-26, true",
    // 9 May 2026 is a Saturday: the Saturday stays off and Monday 11 May is off
    "2026-05-09, false",
    "2026-05-11, false",
    "2026-05-12, true",
  })
  void knowsWorkingDays(LocalDate date, boolean working) {
    assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0} is a day off")
  @CsvSource({
    "2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24",
    "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06",
    "2026-08-31", "2026-10-26", "2026-12-16",
  })
  void every2026WeekdayOffIsNotAWorkingDay(LocalDate date) {
    assertThat(calendar.isWorkingDay(date)).isFalse();
  }

  @Test
  void year2026HasExactlyTheListedWeekdaysOff() {
    long weekdaysOff =
        LocalDate.of(2026, 1, 1)
            .datesUntil(LocalDate.of(2027, 1, 1))
            .filter(d -> d.getDayOfWeek().getValue() <= 5)
            .filter(d -> !calendar.isWorkingDay(d))
            .count();
    assertThat(weekdaysOff).isEqualTo(15);
  }

  @ParameterizedTest(name = "next working day on or after {0} is {1}")
  @CsvSource({
    "2026-03-20, 2026-03-20",
    "2026-03-21, 2026-03-26",
    "2025-12-31, 2025-12-31",
    "2026-01-01, 2026-01-05",
    "2025-01-04, 2025-01-05",
  })
  void nextWorkingDayOnOrAfter(LocalDate date, LocalDate expected) {
    assertThat(calendar.nextWorkingDayOnOrAfter(date)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} plus {1} working days is {2}")
  @CsvSource({
    "2026-03-26, 3, 2026-03-31",
    "2026-03-26, 0, 2026-03-26",
    "2026-03-20, 1, 2026-03-26",
    "2025-12-31, 1, 2026-01-05",
    "2025-01-02, 1, 2025-01-05",
  })
  void plusWorkingDays(LocalDate date, int days, LocalDate expected) {
    assertThat(calendar.plusWorkingDays(date, days)).isEqualTo(expected);
  }

  @Test
  void negativeWorkingDaysAreRejected() {
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 1, 5), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} has no data")
  @CsvSource({"2028-01-04", "2024-12-31"})
  void dateInYearWithoutDataThrows(LocalDate date) {
    assertThatThrownBy(() -> calendar.isWorkingDay(date))
        .isInstanceOf(CalendarNotAvailableException.class)
        .hasMessageContaining(String.valueOf(date.getYear()))
        .satisfies(
            e -> assertThat(((CalendarNotAvailableException) e).year()).isEqualTo(date.getYear()));
  }

  @Test
  void countingPastTheLastYearThrowsInsteadOfGuessing() {
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2027, 12, 29), 3))
        .isInstanceOf(CalendarNotAvailableException.class)
        .hasMessageContaining("2028");
  }

  @ParameterizedTest(name = "rejects: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-21 OFF | weekend",
        "2026-03-20 WORKED | weekday",
        "2025-01-01 OFF | not in 2026",
        "2026-02-30 OFF | not an ISO date",
        "2026-01-01 HOLIDAY | unknown kind",
        "2026-01-01 | expected",
      })
  void rejectsInconsistentData(String line, String message) {
    assertThatThrownBy(() -> WorkingCalendar.parse(Map.of(2026, "# header\n" + line + "\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining(message);
  }

  @Test
  void rejectsDuplicates() {
    assertThatThrownBy(
            () -> WorkingCalendar.parse(Map.of(2026, "2026-01-01 OFF\n2026-01-01 OFF # again\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("duplicate");
  }
}
