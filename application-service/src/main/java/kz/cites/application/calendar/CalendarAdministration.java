package kz.cites.application.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import kz.cites.application.calendar.domain.CalendarEvents;
import kz.cites.application.calendar.domain.CalendarMark;
import kz.cites.application.calendar.domain.CalendarMarks;
import kz.cites.application.calendar.domain.CalendarRuleViolation;
import kz.cites.application.calendar.domain.CalendarRuleViolation.Rule;
import kz.cites.calendar.CalendarNotAvailableException;
import kz.cites.calendar.DayKind;
import kz.cites.calendar.Kazakhstan;
import kz.cites.calendar.WorkingCalendar;
import kz.cites.events.CalendarDayChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks the days a decree moves during the year, without a release: a weekday becomes a day off
 * ({@link DayKind#OFF}) or a weekend day a working day ({@link DayKind#WORKED}). Every change is
 * audited and announced ({@code CalendarDayChanged}) in its transaction.
 *
 * <p>Only days after today (Kazakhstan time) can be changed: registrations of today and earlier
 * already counted those days, and their terms must not silently move. Terms computed before a
 * change of a later day keep the due date they were given; only registrations after the change
 * follow it.
 */
@Service
public class CalendarAdministration {

  private static final Logger log = LoggerFactory.getLogger(CalendarAdministration.class);

  /** Longest reason kept; a decree's name and number fit easily. */
  public static final int MAX_REASON_LENGTH = 500;

  private final CurrentCalendar calendar;
  private final CalendarMarks marks;
  private final CalendarEvents events;
  private final Clock clock;

  CalendarAdministration(
      CurrentCalendar calendar, CalendarMarks marks, CalendarEvents events, Clock clock) {
    this.calendar = calendar;
    this.marks = marks;
    this.events = events;
    this.clock = clock;
  }

  /** Where a day's kind comes from. */
  public enum Source {
    /** The year's file bundled with the release. */
    BUNDLED,
    /** An administrator's mark. */
    ADMIN
  }

  /** One exception to the weekend rule; {@code mark} is set for {@link Source#ADMIN}. */
  public record Day(LocalDate date, DayKind kind, Source source, CalendarMark mark) {}

  /** What a mark request did. */
  public enum Change {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  public record Marked(CalendarMark mark, Change change) {}

  /**
   * The weekdays off and the worked weekend days of {@code year}, by date, each with its source.
   */
  @Transactional(readOnly = true)
  public List<Day> year(int year) {
    SortedMap<LocalDate, DayKind> bundled = bundledDays(year);
    List<Day> days = new ArrayList<>();
    bundled.forEach((date, kind) -> days.add(new Day(date, kind, Source.BUNDLED, null)));
    for (CalendarMark mark : marks.ofYear(year)) {
      if (!kind(bundled, mark.date()).equals(Optional.of(mark.kind()))) {
        days.add(new Day(mark.date(), mark.kind(), Source.ADMIN, mark));
      }
    }
    days.sort(Comparator.comparing(Day::date));
    return days;
  }

  @Transactional
  public Marked mark(LocalDate date, DayKind kind, String reason, String by) {
    if (kind == null) {
      throw new CalendarRuleViolation(Rule.INVALID_FIELD, "kind", "kind-required");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON_LENGTH) {
      throw new CalendarRuleViolation(
          Rule.INVALID_FIELD, "reason", "reason-decree", MAX_REASON_LENGTH);
    }
    SortedMap<LocalDate, DayKind> bundled = changeableDay(date);
    if (!kind.fits(date)) {
      throw new CalendarRuleViolation(Rule.INVALID_FIELD, "kind", "kind-fits", kind, date);
    }
    if (bundled.get(date) == kind) {
      throw new CalendarRuleViolation(
          Rule.BUNDLED_DAY, "kind", "already", date, kind, date.getYear());
    }
    Optional<CalendarMark> existing = marks.findForUpdate(date);
    if (existing.isPresent()
        && existing.get().kind() == kind
        && existing.get().reason().equals(why)) {
      return new Marked(existing.get(), Change.UNCHANGED);
    }
    Instant now = clock.instant();
    CalendarMark mark = new CalendarMark(date, kind, why, by, now);
    marks.put(mark);
    marks.audit(date, existing.map(CalendarMark::kind).orElse(null), kind, why, by, now);
    events.changed(new CalendarDayChanged(UUID.randomUUID(), now, date, eventKind(kind), why));
    log.info("Calendar day {} marked {} by {} ({})", date, kind, by, why);
    return new Marked(mark, existing.isPresent() ? Change.UPDATED : Change.CREATED);
  }

  /**
   * Removes the administrator's mark of {@code date}; the bundled data holds again.
   *
   * @param reason why (optional), kept in the audit trail and the event
   */
  @Transactional
  public CalendarMark unmark(LocalDate date, String reason, String by) {
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > MAX_REASON_LENGTH) {
      throw new CalendarRuleViolation(
          Rule.INVALID_FIELD, "reason", "reason-length", MAX_REASON_LENGTH);
    }
    SortedMap<LocalDate, DayKind> bundled = changeableDay(date);
    CalendarMark existing =
        marks
            .findForUpdate(date)
            .orElseThrow(
                () ->
                    bundled.containsKey(date)
                        ? new CalendarRuleViolation(
                            Rule.BUNDLED_DAY,
                            null,
                            "released",
                            date,
                            bundled.get(date),
                            date.getYear())
                        : new CalendarRuleViolation(Rule.NOT_MARKED, null, "calendar-mark", date));
    Instant now = clock.instant();
    marks.remove(date);
    marks.audit(date, existing.kind(), null, why, by, now);
    events.changed(new CalendarDayChanged(UUID.randomUUID(), now, date, null, why));
    log.info("Calendar mark of {} ({}) removed by {}", date, existing.kind(), by);
    return existing;
  }

  /** The bundled days of the date's year, once the date is known to be changeable. */
  private SortedMap<LocalDate, DayKind> changeableDay(LocalDate date) {
    LocalDate today = clock.instant().atZone(Kazakhstan.ZONE).toLocalDate();
    if (!date.isAfter(today)) {
      throw new CalendarRuleViolation(Rule.DAY_IN_PAST, "date", "day", date, today);
    }
    return bundledDays(date.getYear());
  }

  private SortedMap<LocalDate, DayKind> bundledDays(int year) {
    WorkingCalendar bundled = calendar.bundled();
    try {
      return bundled.days(year);
    } catch (CalendarNotAvailableException e) {
      throw new CalendarRuleViolation(
          Rule.YEAR_UNAVAILABLE, "year", "year", year, List.copyOf(bundled.years()));
    }
  }

  private static Optional<DayKind> kind(Map<LocalDate, DayKind> days, LocalDate date) {
    return Optional.ofNullable(days.get(date));
  }

  private static CalendarDayChanged.Kind eventKind(DayKind kind) {
    return CalendarDayChanged.Kind.valueOf(kind.name());
  }
}
