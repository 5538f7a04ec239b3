package kz.cites.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceTermTest {

  private final ServiceTerm serviceTerm = ServiceTerm.of(WorkingCalendar.kazakhstan());

  @ParameterizedTest(name = "{0}: submitted {1} -> registered {2}, due {3}")
  @CsvSource({
    // domain.md example: Fri evening, 21-22 weekend, 23-25 Nauryz days off
    "domain example,            2026-03-20T14:00:00Z, 2026-03-26, 2026-03-31, 2026-03-31T12:30:00Z",
    // Tue 17 Mar 2026, 17:59 local is before the cut-off, 18:00 is not
    "17:59 local working day,   2026-03-17T12:59:00Z, 2026-03-17, 2026-03-20, 2026-03-20T12:30:00Z",
    "18:00 local working day,   2026-03-17T13:00:00Z, 2026-03-18, 2026-03-26, 2026-03-26T12:30:00Z",
    // working day, before hours: the same day
    "early morning local,       2026-03-17T01:00:00Z, 2026-03-17, 2026-03-20, 2026-03-20T12:30:00Z",
    // Saturday 14 Mar 2026, 10:00 local
    "Saturday,                  2026-03-14T05:00:00Z, 2026-03-16, 2026-03-19, 2026-03-19T12:30:00Z",
    // Sunday 5 Jan 2025 was a working day by transfer
    "worked Sunday 2025,        2025-01-05T04:00:00Z, 2025-01-05, 2025-01-09, 2025-01-09T12:30:00Z",
    // Wed 31 Dec 2025 19:00 local: 1-2 Jan off, 3-4 weekend -> Mon 5 Jan; 7 Jan off
    "new-year boundary,         2025-12-31T14:00:00Z, 2026-01-05, 2026-01-09, 2026-01-09T12:30:00Z",
    // Tue 17 Mar 20:00Z is Wed 18 Mar 01:00 in Almaty: a new working day, before the cut-off
    "UTC evening = next day,    2026-03-17T20:00:00Z, 2026-03-18, 2026-03-26, 2026-03-26T12:30:00Z",
    // Fri 20 Mar 19:00Z is already Sat 21 Mar 00:00 in Almaty
    "UTC Friday = local Sat,    2026-03-20T19:00:00Z, 2026-03-26, 2026-03-31, 2026-03-31T12:30:00Z",
  })
  void computesTheTerm(
      String scenario,
      Instant submittedAt,
      LocalDate registrationDate,
      LocalDate dueDate,
      Instant dueAt) {
    assertThat(serviceTerm.termFor(submittedAt))
        .isEqualTo(new ServiceTerm.Term(registrationDate, dueDate, dueAt));
  }

  @Test
  void almatyIsUtcPlusFive() {
    LocalDateTime fridayEvening = LocalDateTime.of(2026, 3, 20, 19, 0);
    assertThat(fridayEvening.atZone(Kazakhstan.ZONE).toInstant())
        .isEqualTo(fridayEvening.toInstant(ZoneOffset.ofHours(5)));
  }

  @Test
  void termRunningIntoAYearWithoutDataThrows() {
    // Fri 31 Dec 2027 19:00 local registers on a day of 2028, which has no data
    assertThatThrownBy(() -> serviceTerm.termFor(Instant.parse("2027-12-31T14:00:00Z")))
        .isInstanceOf(CalendarNotAvailableException.class)
        .hasMessageContaining("2028");
  }
}
