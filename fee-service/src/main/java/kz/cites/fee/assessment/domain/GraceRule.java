package kz.cites.fee.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import kz.cites.calendar.ServiceTerm;
import kz.cites.calendar.WorkingCalendar;

/**
 * When the grace period for late payments ends: the end of the working day ({@link
 * ServiceTerm#END_OF_WORKING_DAY}, Kazakhstan time) of the {@code workingDaysAfter}-th working day
 * after the later of the registration date and the assessment date. The assessment date only
 * matters when the assessment waited for a missing MCI: the applicant then gets the same grace from
 * the day the duty became known.
 *
 * @param workingDaysAfter working days after that date, 1 by default (the next working day)
 */
public record GraceRule(WorkingCalendar calendar, int workingDaysAfter) {

  public GraceRule {
    if (workingDaysAfter < 0) {
      throw new IllegalArgumentException("workingDaysAfter must not be negative");
    }
  }

  /**
   * @throws kz.cites.calendar.CalendarNotAvailableException when the calendar lacks the year
   */
  public Instant endsAt(LocalDate registrationDate, Instant assessedAt) {
    LocalDate assessedOn = assessedAt.atZone(ServiceTerm.ZONE).toLocalDate();
    LocalDate from = assessedOn.isAfter(registrationDate) ? assessedOn : registrationDate;
    return calendar
        .plusWorkingDays(from, workingDaysAfter)
        .atTime(ServiceTerm.END_OF_WORKING_DAY)
        .atZone(ServiceTerm.ZONE)
        .toInstant();
  }
}
