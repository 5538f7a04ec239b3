package kz.cites.application.calendar.messaging;

import kz.cites.application.calendar.domain.CalendarEvents;
import kz.cites.events.CalendarDayChanged;
import kz.cites.messaging.Outbox;
import org.springframework.stereotype.Component;

/**
 * Calendar changes go through the transactional outbox onto {@code cites.calendar.events}, keyed by
 * the date.
 */
@Component
class OutboxCalendarEvents implements CalendarEvents {

  private final Outbox outbox;

  OutboxCalendarEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void changed(CalendarDayChanged event) {
    outbox.record(event);
  }
}
