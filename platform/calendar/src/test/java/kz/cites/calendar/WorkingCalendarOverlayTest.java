package kz.cites.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days an administrator marks during the year, laid over the bundled data. */
class WorkingCalendarOverlayTest {

  private final WorkingCalendar bundled = WorkingCalendar.kazakhstan();

  // Wed 14 Oct 2026 made a day off, Sat 17 Oct 2026 made a working day
  private final WorkingCalendar adjusted =
      bundled.withDays(
          Map.of(
              LocalDate.of(2026, 10, 14), DayKind.OFF,
              LocalDate.of(2026, 10, 17), DayKind.WORKED));

  @ParameterizedTest(name = "{0}: bundled working {1}, adjusted working {2}")
  @CsvSource({
    "2026-10-13, true, true",
    "2026-10-14, true, false",
    "2026-10-15, true, true",
    "2026-10-17, false, true",
    "2026-10-18, false, false",
    // bundled exceptions stay
    "2026-03-23, false, false",
    "2026-10-26, false, false",
  })
  void marksChangeOnlyTheirOwnDays(
      LocalDate date, boolean bundledWorking, boolean adjustedWorking) {
    assertThat(bundled.isWorkingDay(date)).isEqualTo(bundledWorking);
    assertThat(adjusted.isWorkingDay(date)).isEqualTo(adjustedWorking);
  }

  @ParameterizedTest(name = "{0} plus {1} working days is {2} (bundled {3})")
  @CsvSource({
    "2026-10-13, 1, 2026-10-15, 2026-10-14",
    "2026-10-13, 3, 2026-10-17, 2026-10-16",
    "2026-10-15, 3, 2026-10-19, 2026-10-20",
  })
  void termArithmeticFollowsTheMarks(
      LocalDate from, int days, LocalDate expected, LocalDate bundledExpected) {
    assertThat(adjusted.plusWorkingDays(from, days)).isEqualTo(expected);
    assertThat(bundled.plusWorkingDays(from, days)).isEqualTo(bundledExpected);
  }

  @Test
  void theBundledCalendarIsNotChanged() {
    assertThat(bundled.days(2026)).doesNotContainKeys(LocalDate.of(2026, 10, 14));
    assertThat(adjusted.days(2026))
        .containsEntry(LocalDate.of(2026, 10, 14), DayKind.OFF)
        .containsEntry(LocalDate.of(2026, 10, 17), DayKind.WORKED)
        .containsEntry(LocalDate.of(2026, 3, 23), DayKind.OFF);
    assertThat(adjusted.years()).isEqualTo(bundled.years());
  }

  @Test
  void noAdjustmentsIsTheSameCalendar() {
    assertThat(bundled.withDays(Map.of())).isSameAs(bundled);
  }

  @Test
  void aMarkEqualToTheDataChangesNothing() {
    WorkingCalendar same = bundled.withDays(Map.of(LocalDate.of(2026, 3, 23), DayKind.OFF));
    assertThat(same.days(2026)).isEqualTo(bundled.days(2026));
  }

  @Test
  void daysListsTheYearsExceptionsInDateOrder() {
    assertThat(bundled.days(2025))
        .containsEntry(LocalDate.of(2025, 1, 3), DayKind.OFF)
        .containsEntry(LocalDate.of(2025, 1, 5), DayKind.WORKED);
    assertThat(bundled.days(2026)).hasSize(15);
    assertThat(bundled.days(2026).firstKey()).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @ParameterizedTest(name = "{0} {1} is refused: {2}")
  @CsvSource({
    "2026-10-17, OFF, Saturday; only weekdays can be OFF",
    "2026-10-18, OFF, Sunday; only weekdays can be OFF",
    "2026-10-14, WORKED, Wednesday; only weekend days can be WORKED",
  })
  void inconsistentMarksAreRefused(LocalDate date, DayKind kind, String message) {
    assertThatThrownBy(() -> bundled.withDays(Map.of(date, kind)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aMarkInAYearWithoutDataIsRefused() {
    assertThatThrownBy(() -> bundled.withDays(Map.of(LocalDate.of(2028, 1, 10), DayKind.OFF)))
        .isInstanceOf(CalendarNotAvailableException.class)
        .satisfies(e -> assertThat(((CalendarNotAvailableException) e).year()).isEqualTo(2028));
    assertThatThrownBy(() -> bundled.days(2028)).isInstanceOf(CalendarNotAvailableException.class);
  }

  @ParameterizedTest(name = "{0} fits {1}: {2}")
  @CsvSource({
    "2026-10-14, OFF, true",
    "2026-10-14, WORKED, false",
    "2026-10-17, OFF, false",
    "2026-10-17, WORKED, true",
  })
  void kindFitsItsDays(LocalDate date, DayKind kind, boolean fits) {
    assertThat(kind.fits(date)).isEqualTo(fits);
  }

  @Test
  void theTermFollowsAMarkedDay() {
    // submitted Tue 13 Oct 2026 10:00 local: registered that day, due on the 3rd working day after
    var submittedAt = LocalDate.of(2026, 10, 13).atTime(10, 0).atZone(Kazakhstan.ZONE).toInstant();
    assertThat(ServiceTerm.of(bundled).termFor(submittedAt).dueDate())
        .isEqualTo(LocalDate.of(2026, 10, 16));
    assertThat(ServiceTerm.of(adjusted).termFor(submittedAt).dueDate())
        .isEqualTo(LocalDate.of(2026, 10, 17));
  }
}
