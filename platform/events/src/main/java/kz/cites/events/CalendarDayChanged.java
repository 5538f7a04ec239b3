package kz.cites.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An administrator marked a day of the Kazakhstan working calendar (a decree moved a day off during
 * the year), or removed such a mark. Services that count working days lay the marks over the
 * bundled calendar data. The Kafka key is the date (ISO), so the changes of one day stay in order
 * and the last one is the day's state.
 *
 * @param date the day concerned
 * @param kind {@code OFF} (a weekday made a day off) or {@code WORKED} (a weekend day made a
 *     working day); null when the mark was removed and the bundled data holds again
 * @param reason the decree, or why the mark was removed (may be null then)
 */
public record CalendarDayChanged(
    UUID eventId, Instant occurredAt, LocalDate date, @Nullable Kind kind, @Nullable String reason)
    implements CitesEvent {

  /** The kinds of mark, as in the calendar's year files. */
  public enum Kind {
    OFF,
    WORKED
  }

  @Override
  public String key() {
    return date == null ? null : date.toString();
  }
}
