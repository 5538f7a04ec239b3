package kz.cites.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The one place where the term of the state service is computed (order No. 282, Annex 2, items 3
 * and 7). Our reading of the rule:
 *
 * <ol>
 *   <li>Everything is judged in Kazakhstan local time, zone {@link Kazakhstan#ZONE} ({@code
 *       Asia/Almaty}, UTC+5 since 1 March 2024).
 *   <li><b>Registration date</b>: the local submission date when that date is a working day and the
 *       submission came strictly before {@link #CUT_OFF} (18:00); otherwise (at or after 18:00, or
 *       on a weekend or day off) the next working day.
 *   <li><b>Due date</b>: the {@link #TERM_WORKING_DAYS}rd (3rd) working day after the registration
 *       date, the registration date itself not counted.
 *   <li><b>Due instant</b>: the end of the working day on the due date, {@link #END_OF_WORKING_DAY}
 *       (17:30) local time.
 * </ol>
 *
 * <p>Example: submitted Friday 20 Mar 2026 at 19:00 local; 21-22 Mar are the weekend and 23-25 Mar
 * days off, so it is registered Thursday 26 Mar and due Tuesday 31 Mar 2026 at 17:30 local
 * (12:30Z).
 *
 * <p>Working days come from a {@link WorkingCalendar}; a date in a year without calendar data
 * throws {@link CalendarNotAvailableException}.
 */
public final class ServiceTerm {

  /** Submissions at or after this local time count from the next working day. */
  public static final LocalTime CUT_OFF = LocalTime.of(18, 0);

  /** End of the provider's working day; the term expires at this local time on the due date. */
  public static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 30);

  /** Term of the state service in working days. */
  public static final int TERM_WORKING_DAYS = 3;

  private final WorkingCalendar calendar;

  private ServiceTerm(WorkingCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  public static ServiceTerm of(WorkingCalendar calendar) {
    return new ServiceTerm(calendar);
  }

  /**
   * The term of an application submitted at {@code submittedAt}.
   *
   * @throws CalendarNotAvailableException if the computation reaches a year without calendar data
   */
  public Term termFor(Instant submittedAt) {
    ZonedDateTime local =
        Objects.requireNonNull(submittedAt, "submittedAt").atZone(Kazakhstan.ZONE);
    LocalDate submissionDate = local.toLocalDate();
    LocalDate registrationDate =
        calendar.isWorkingDay(submissionDate) && local.toLocalTime().isBefore(CUT_OFF)
            ? submissionDate
            : calendar.nextWorkingDayOnOrAfter(submissionDate.plusDays(1));
    LocalDate dueDate = calendar.plusWorkingDays(registrationDate, TERM_WORKING_DAYS);
    Instant dueAt = dueDate.atTime(END_OF_WORKING_DAY).atZone(Kazakhstan.ZONE).toInstant();
    return new Term(registrationDate, dueDate, dueAt);
  }

  /**
   * The term of one application.
   *
   * @param registrationDate local date the application counts as received
   * @param dueDate local date the result is due
   * @param dueAt the instant the term expires (end of the working day on {@code dueDate})
   */
  public record Term(LocalDate registrationDate, LocalDate dueDate, Instant dueAt) {
    public Term {
      Objects.requireNonNull(registrationDate, "registrationDate");
      Objects.requireNonNull(dueDate, "dueDate");
      Objects.requireNonNull(dueAt, "dueAt");
    }
  }
}
