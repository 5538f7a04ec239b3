package kz.cites.calendar;

import java.time.LocalDate;

/**
 * An exception to the weekend rule, the two keywords of the year files: a Monday-Friday that is
 * {@link #OFF}, or a Saturday/Sunday that is {@link #WORKED}.
 */
public enum DayKind {
  /** A Monday-Friday that is a day off (holiday, holiday moved off a weekend, transfer). */
  OFF,
  /** A Saturday/Sunday that is a working day by transfer. */
  WORKED;

  /**
   * Whether {@code date} may carry this kind: OFF only on a weekday, WORKED only on a weekend day.
   */
  public boolean fits(LocalDate date) {
    return this == OFF ? !WorkingCalendar.isWeekend(date) : WorkingCalendar.isWeekend(date);
  }
}
