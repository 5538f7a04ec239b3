package kz.cites.application.calendar;

import java.util.stream.Collectors;
import kz.cites.application.calendar.domain.CalendarMark;
import kz.cites.application.calendar.domain.CalendarMarks;
import kz.cites.calendar.ServiceTerm;
import kz.cites.calendar.WorkingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working calendar as it stands now: the data bundled with platform/calendar with the
 * administrators' marks laid over it.
 *
 * <p>The marks are read from the database on every call rather than cached: with several instances
 * of the service, a cache would need a refresh on every change in every instance, and a
 * registration reading a stale calendar would compute a wrong due date. The table holds a handful
 * of rows, so one indexed read per registration costs next to nothing next to the signature check.
 */
@Service
public class CurrentCalendar {

  private final WorkingCalendar bundled;
  private final CalendarMarks marks;

  CurrentCalendar(WorkingCalendar bundled, CalendarMarks marks) {
    this.bundled = bundled;
    this.marks = marks;
  }

  /** The bundled data alone, as shipped in the release. */
  public WorkingCalendar bundled() {
    return bundled;
  }

  @Transactional(readOnly = true)
  public WorkingCalendar workingCalendar() {
    return bundled.withDays(
        marks.all().stream()
            .collect(Collectors.toMap(CalendarMark::date, CalendarMark::kind, (a, b) -> b)));
  }

  /** The term rule of platform/calendar over the current calendar. */
  public ServiceTerm serviceTerm() {
    return ServiceTerm.of(workingCalendar());
  }
}
