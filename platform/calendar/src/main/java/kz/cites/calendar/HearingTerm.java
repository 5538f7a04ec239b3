package kz.cites.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadlines of the hearing before a refusal (Administrative Procedural Code, article 73;
 * domain.md section 5, "Hearing before refusal"), in one place beside {@link ServiceTerm}. Our
 * reading:
 *
 * <ol>
 *   <li><b>Answer deadline</b>: the applicant may state a position within {@link
 *       #ANSWER_WORKING_DAYS} (2) working days of the notice, the day of the notice not counted; an
 *       answer is in time strictly before {@link ServiceTerm#CUT_OFF} (18:00) local on the 2nd
 *       working day, the hour after which the portal counts a filing as the next working day's.
 *   <li><b>Final decision due</b>: the working day after the hearing ends (the answer, or the
 *       deadline passing), at {@link ServiceTerm#END_OF_WORKING_DAY} (17:30) local.
 *   <li>The case keeps its original due instant; the hearing can only extend the term, never
 *       shorten it ({@link #extendedTerm}).
 * </ol>
 *
 * <p>Example: notified Friday 20 Mar 2026 (21-22 Mar weekend, 23-25 Mar Nauryz days off): answer by
 * Friday 27 Mar 18:00 local; with no answer the final decision is due Monday 30 Mar 17:30 local.
 */
public final class HearingTerm {

  /** Working days the applicant has to state a position. */
  public static final int ANSWER_WORKING_DAYS = 2;

  private final WorkingCalendar calendar;

  private HearingTerm(WorkingCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  public static HearingTerm of(WorkingCalendar calendar) {
    return new HearingTerm(calendar);
  }

  /**
   * The instant until which an answer to a notice given at {@code notifiedAt} is in time.
   *
   * @throws CalendarNotAvailableException if the count reaches a year without calendar data
   */
  public Instant answerBy(Instant notifiedAt) {
    LocalDate notified = LocalDate.ofInstant(Objects.requireNonNull(notifiedAt), Kazakhstan.ZONE);
    return calendar
        .plusWorkingDays(notified, ANSWER_WORKING_DAYS)
        .atTime(ServiceTerm.CUT_OFF)
        .atZone(Kazakhstan.ZONE)
        .toInstant();
  }

  /**
   * When the final decision is due after a hearing that ended at {@code hearingEndedAt}.
   *
   * @throws CalendarNotAvailableException if the count reaches a year without calendar data
   */
  public Instant decisionDueAt(Instant hearingEndedAt) {
    LocalDate ended = LocalDate.ofInstant(Objects.requireNonNull(hearingEndedAt), Kazakhstan.ZONE);
    return calendar
        .plusWorkingDays(ended, 1)
        .atTime(ServiceTerm.END_OF_WORKING_DAY)
        .atZone(Kazakhstan.ZONE)
        .toInstant();
  }

  /**
   * The instant the case's term ends: its original due instant, or the hearing's decision due
   * instant when that is later. Either may be null (not known yet); both null gives null.
   */
  public static Instant extendedTerm(Instant originalDueAt, Instant hearingDecisionDueAt) {
    if (originalDueAt == null) {
      return hearingDecisionDueAt;
    }
    if (hearingDecisionDueAt == null) {
      return originalDueAt;
    }
    return hearingDecisionDueAt.isAfter(originalDueAt) ? hearingDecisionDueAt : originalDueAt;
  }
}
