package kz.cites.application.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.cites.calendar.DayKind;

/** Where the marks live (this service's database), with the audit trail of every change. */
public interface CalendarMarks {

  /** Every mark, by date. Few rows: a handful of decrees a year. */
  List<CalendarMark> all();

  List<CalendarMark> ofYear(int year);

  /** The mark of {@code date}, locked until the transaction ends. */
  Optional<CalendarMark> findForUpdate(LocalDate date);

  void put(CalendarMark mark);

  void remove(LocalDate date);

  /** Appends one change to the audit trail; {@code kind} null for a removal. */
  void audit(
      LocalDate date,
      DayKind previousKind,
      DayKind kind,
      String reason,
      String changedBy,
      Instant changedAt);
}
