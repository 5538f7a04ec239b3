package kz.cites.application.calendar.domain;

import kz.cites.events.CalendarDayChanged;

/** Announces a changed day to the other services that count working days (fee-service). */
public interface CalendarEvents {

  /** Must be called in the transaction of the change. */
  void changed(CalendarDayChanged event);
}
