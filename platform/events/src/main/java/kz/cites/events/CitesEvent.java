package kz.cites.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Every event published on the CITES topics: the events of one application ({@link
 * ApplicationEvent}, keyed by the application id) and the working-calendar changes ({@link
 * CalendarDayChanged}, keyed by the date).
 */
public sealed interface CitesEvent permits ApplicationEvent, CalendarDayChanged {

  /** Unique per event; consumers record it in their inbox to skip redeliveries. */
  UUID eventId();

  /** When the change the event reports happened (UTC); not when it was published. */
  Instant occurredAt();

  /**
   * The Kafka message key: events with the same key stay in order on their topic. Null only in an
   * unreadable event (the consumer sends it to the dead-letter topic).
   */
  String key();
}
