package kz.cites.fee.calendar;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.cites.calendar.DayKind;
import kz.cites.calendar.WorkingCalendar;
import kz.cites.events.CalendarDayChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * This service's copy of the days application-service's administrators marked (the calendar is
 * owned there; this only follows its events), and the working calendar with them laid over the
 * bundled data. Read from the database on every use, so every instance of the service counts on the
 * same days as soon as the event is consumed.
 */
@Service
public class CalendarDays {

  private static final Logger log = LoggerFactory.getLogger(CalendarDays.class);

  private final WorkingCalendar bundled;
  private final JdbcClient jdbc;

  CalendarDays(JdbcClient jdbc) {
    this.bundled = WorkingCalendar.kazakhstan();
    this.jdbc = jdbc;
  }

  /**
   * Takes a change in. The date is the Kafka key, so one day's changes arrive in order; an older
   * change arriving late (it cannot, short of a replay from the dead-letter topic) never overwrites
   * a newer one.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void apply(CalendarDayChanged event) {
    int changed =
        jdbc.sql(
                """
                insert into calendar_day (day, kind, reason, changed_at, event_id)
                values (:day, :kind, :reason, :at, :eventId)
                on conflict (day) do update set kind = excluded.kind, reason = excluded.reason,
                    changed_at = excluded.changed_at, event_id = excluded.event_id
                where calendar_day.changed_at <= excluded.changed_at
                """)
            .param("day", event.date())
            .param("kind", event.kind() == null ? null : event.kind().name())
            .param("reason", event.reason())
            .param("at", Timestamp.from(event.occurredAt()))
            .param("eventId", event.eventId())
            .update();
    if (changed == 0) {
      log.warn(
          "Calendar change {} of {} is older than the one applied; ignored",
          event.eventId(),
          event.date());
    } else {
      log.info(
          "Calendar day {} is now {} ({})",
          event.date(),
          event.kind() == null ? "as bundled" : event.kind(),
          event.reason());
    }
  }

  /**
   * The bundled calendar with the marked days. A mark this release's calendar cannot take (a year
   * it has no data for, a kind that does not fit the day) is left out with a warning rather than
   * stopping every grace computation.
   */
  @Transactional(readOnly = true)
  public WorkingCalendar current() {
    Map<LocalDate, DayKind> marks = new LinkedHashMap<>();
    jdbc.sql("select day, kind from calendar_day where kind is not null")
        .query(
            rs -> {
              LocalDate day = rs.getObject("day", LocalDate.class);
              DayKind kind = DayKind.valueOf(rs.getString("kind"));
              if (bundled.covers(day.getYear()) && kind.fits(day)) {
                marks.put(day, kind);
              } else {
                log.warn(
                    "Calendar mark {} {} cannot apply to the bundled calendar; left out",
                    day,
                    kind);
              }
            });
    return bundled.withDays(marks);
  }
}
