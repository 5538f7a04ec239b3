package kz.cites.fee.assessment.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import kz.cites.calendar.Kazakhstan;
import kz.cites.calendar.ServiceTerm;
import kz.cites.calendar.WorkingCalendar;

/**
 * When the grace period for late payments ends: the end of the working day ({@link
 * ServiceTerm#END_OF_WORKING_DAY}, Kazakhstan time) of the {@code workingDaysAfter}-th working day
 * after the later of the registration date and the assessment date. The assessment date only
 * matters when the assessment waited for a missing MCI: the applicant then gets the same grace from
 * the day the duty became known.
 *
 * <p>The working days are those of the calendar as it stands when the grace period is computed (the
 * bundled data with the days marked by decree during the year); a grace end computed before a mark
 * keeps its value.
 *
 * <p>{@code demoPeriod}, when set, replaces all this with a fixed time after the assessment: for
 * demonstrations and the end-to-end tests only (like permit-service's auto-approval switch), so a
 * duty left unpaid ends as it would a working day later, within minutes.
 *
 * @param calendar the current working calendar, asked on every computation
 * @param workingDaysAfter working days after that date, 1 by default (the next working day)
 * @param demoPeriod null, or the fixed time after the assessment the grace lasts (demonstrations)
 */
public record GraceRule(
    Supplier<WorkingCalendar> calendar, int workingDaysAfter, Duration demoPeriod) {

  public GraceRule {
    Objects.requireNonNull(calendar, "calendar");
    if (workingDaysAfter < 0) {
      throw new IllegalArgumentException("workingDaysAfter must not be negative");
    }
    if (demoPeriod != null && demoPeriod.isNegative()) {
      throw new IllegalArgumentException("demoPeriod must not be negative");
    }
  }

  /** The rule of the law as we read it: working days, no demonstration period. */
  public GraceRule(Supplier<WorkingCalendar> calendar, int workingDaysAfter) {
    this(calendar, workingDaysAfter, null);
  }

  /**
   * @throws kz.cites.calendar.CalendarNotAvailableException when the calendar lacks the year
   */
  public Instant endsAt(LocalDate registrationDate, Instant assessedAt) {
    if (demoPeriod != null) {
      return assessedAt.plus(demoPeriod);
    }
    LocalDate assessedOn = assessedAt.atZone(Kazakhstan.ZONE).toLocalDate();
    LocalDate from = assessedOn.isAfter(registrationDate) ? assessedOn : registrationDate;
    return calendar
        .get()
        .plusWorkingDays(from, workingDaysAfter)
        .atTime(ServiceTerm.END_OF_WORKING_DAY)
        .atZone(Kazakhstan.ZONE)
        .toInstant();
  }
}
