package kz.cites.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hearing's deadlines across weekends, holidays and transfers, from the bundled calendar data
 * (the expected dates are read off the calendar, never computed by the rule under test).
 */
class HearingTermTest {

  private final HearingTerm term = HearingTerm.of(WorkingCalendar.kazakhstan());

  @ParameterizedTest(name = "{0}: notified {1} -> answer by {2}")
  @CsvSource({
    // Tue 17 Mar 2026 10:00 local: Wed 18, Thu 19 are the two working days
    "ordinary week,             2026-03-17T05:00:00Z, 2026-03-19T13:00:00Z",
    // notified Tue 17 Mar 2026 at 23:00 local: still the 17th, the day not counted
    "late evening notice,       2026-03-17T18:00:00Z, 2026-03-19T13:00:00Z",
    // Fri 20 Mar 2026: weekend 21-22, Nauryz 23-25 off -> Thu 26, Fri 27
    "Nauryz after a Friday,     2026-03-20T05:00:00Z, 2026-03-27T13:00:00Z",
    // Sat 14 Mar 2026: Mon 16, Tue 17
    "notice on a Saturday,      2026-03-14T05:00:00Z, 2026-03-17T13:00:00Z",
    // Wed 31 Dec 2025: 1-2 Jan off, 3-4 weekend, Mon 5 works, Tue 6 works
    "new-year boundary,         2025-12-31T05:00:00Z, 2026-01-06T13:00:00Z",
    // Fri 3 Jan 2025: Sun 5 Jan 2025 was worked by transfer, Mon 6 works
    "worked Sunday 2025,        2025-01-03T05:00:00Z, 2025-01-06T13:00:00Z",
    // Fri 20 Mar 2026 19:30Z is already Sat 21 Mar in Almaty: Thu 26, Fri 27
    "UTC Friday = local Sat,    2026-03-20T19:30:00Z, 2026-03-27T13:00:00Z",
  })
  void answerDeadlineIsTheCutOffOfTheSecondWorkingDay(
      String scenario, Instant notifiedAt, Instant answerBy) {
    assertThat(term.answerBy(notifiedAt)).isEqualTo(answerBy);
  }

  @ParameterizedTest(name = "{0}: hearing ended {1} -> decision due {2}")
  @CsvSource({
    // lapsed at the cut-off of Thu 19 Mar 2026: due Fri 20 Mar 17:30 local
    "lapse on a Thursday,       2026-03-19T13:00:00Z, 2026-03-20T12:30:00Z",
    // answered Fri 20 Mar 2026 in the morning: the next working day is Thu 26 (Nauryz)
    "answer before Nauryz,      2026-03-20T04:00:00Z, 2026-03-26T12:30:00Z",
    // answered Sunday 22 Mar 2026: Thu 26 Mar
    "answer on a weekend,       2026-03-22T06:00:00Z, 2026-03-26T12:30:00Z",
    // answered Wed 31 Dec 2025: Mon 5 Jan 2026
    "answer on New Year's eve,  2025-12-31T06:00:00Z, 2026-01-05T12:30:00Z",
  })
  void finalDecisionIsDueOnTheWorkingDayAfterTheHearing(
      String scenario, Instant endedAt, Instant decisionDueAt) {
    assertThat(term.decisionDueAt(endedAt)).isEqualTo(decisionDueAt);
  }

  @Test
  void aDayOffMarkedByAnAdministratorMovesTheDeadline() {
    // Wed 18 Mar 2026 declared a day off: notified Tue 17 -> Thu 19, Fri 20
    WorkingCalendar marked =
        WorkingCalendar.kazakhstan().withDays(Map.of(LocalDate.of(2026, 3, 18), DayKind.OFF));

    assertThat(HearingTerm.of(marked).answerBy(Instant.parse("2026-03-17T05:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-20T13:00:00Z"));
  }

  @Test
  void theHearingExtendsTheTermButNeverShortensIt() {
    Instant original = Instant.parse("2026-03-20T12:30:00Z");
    Instant earlier = Instant.parse("2026-03-19T12:30:00Z");
    Instant later = Instant.parse("2026-03-26T12:30:00Z");

    assertThat(HearingTerm.extendedTerm(original, later)).isEqualTo(later);
    assertThat(HearingTerm.extendedTerm(original, earlier)).isEqualTo(original);
    assertThat(HearingTerm.extendedTerm(original, null)).isEqualTo(original);
    assertThat(HearingTerm.extendedTerm(null, later)).isEqualTo(later);
  }

  @Test
  void aDeadlineInAYearWithoutDataThrows() {
    assertThatThrownBy(() -> term.answerBy(Instant.parse("2027-12-31T05:00:00Z")))
        .isInstanceOf(CalendarNotAvailableException.class);
  }
}
