package kz.cites.application.calendar.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.cites.application.calendar.domain.CalendarMark;
import kz.cites.application.calendar.domain.CalendarMarks;
import kz.cites.calendar.DayKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The marks in table {@code calendar_day}, their audit trail in {@code calendar_day_change}. */
@Component
class JdbcCalendarMarks implements CalendarMarks {

  private static final String COLUMNS = "day, kind, reason, marked_by, marked_at";

  private final JdbcClient jdbc;

  JdbcCalendarMarks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<CalendarMark> all() {
    return jdbc.sql("select " + COLUMNS + " from calendar_day order by day")
        .query(JdbcCalendarMarks::mark)
        .list();
  }

  @Override
  public List<CalendarMark> ofYear(int year) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from calendar_day where day >= :from and day < :to order by day")
        .param("from", LocalDate.of(year, 1, 1))
        .param("to", LocalDate.of(year + 1, 1, 1))
        .query(JdbcCalendarMarks::mark)
        .list();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<CalendarMark> findForUpdate(LocalDate date) {
    return jdbc.sql("select " + COLUMNS + " from calendar_day where day = :day for update")
        .param("day", date)
        .query(JdbcCalendarMarks::mark)
        .optional();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void put(CalendarMark mark) {
    jdbc.sql(
            """
            insert into calendar_day (day, kind, reason, marked_by, marked_at)
            values (:day, :kind, :reason, :by, :at)
            on conflict (day) do update set kind = excluded.kind, reason = excluded.reason,
                marked_by = excluded.marked_by, marked_at = excluded.marked_at
            """)
        .param("day", mark.date())
        .param("kind", mark.kind().name())
        .param("reason", mark.reason())
        .param("by", mark.markedBy())
        .param("at", Timestamp.from(mark.markedAt()))
        .update();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void remove(LocalDate date) {
    jdbc.sql("delete from calendar_day where day = :day").param("day", date).update();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void audit(
      LocalDate date,
      DayKind previousKind,
      DayKind kind,
      String reason,
      String changedBy,
      Instant changedAt) {
    jdbc.sql(
            """
            insert into calendar_day_change
                (day, action, previous_kind, kind, reason, changed_by, changed_at)
            values (:day, :action, :previous, :kind, :reason, :by, :at)
            """)
        .param("day", date)
        .param("action", kind == null ? "REMOVED" : "MARKED")
        .param("previous", previousKind == null ? null : previousKind.name())
        .param("kind", kind == null ? null : kind.name())
        .param("reason", reason)
        .param("by", changedBy)
        .param("at", Timestamp.from(changedAt))
        .update();
  }

  private static CalendarMark mark(ResultSet rs, int row) throws SQLException {
    return new CalendarMark(
        rs.getObject("day", LocalDate.class),
        DayKind.valueOf(rs.getString("kind")),
        rs.getString("reason"),
        rs.getString("marked_by"),
        rs.getTimestamp("marked_at").toInstant());
  }
}
