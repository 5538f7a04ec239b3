package kz.cites.application.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import kz.cites.calendar.DayKind;

/**
 * A day an administrator marked because a decree moved a day off during the year.
 *
 * @param reason the decree
 * @param markedBy IIN of the administrator
 */
public record CalendarMark(
    LocalDate date, DayKind kind, String reason, String markedBy, Instant markedAt) {

  public CalendarMark {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(markedBy, "markedBy");
    Objects.requireNonNull(markedAt, "markedAt");
  }
}
