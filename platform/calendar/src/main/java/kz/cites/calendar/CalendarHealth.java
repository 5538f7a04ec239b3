package kz.cites.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health contributor {@code calendar}: DOWN when the working-day data of a year the service
 * needs is missing, so that due dates and terms cannot be computed. The current year (in
 * Kazakhstan) is always needed; the next one from {@code nextYearFrom} on (default 1 December),
 * when a term started now can end in it and the Ministry of Labour's calendar for it is out. The
 * remedy is a new {@code KZ-<year>.txt} (platform/calendar's README).
 */
public class CalendarHealth implements HealthIndicator {

  private final WorkingCalendar calendar;
  private final Clock clock;
  private final MonthDay nextYearFrom;

  public CalendarHealth(WorkingCalendar calendar, Clock clock, MonthDay nextYearFrom) {
    this.calendar = calendar;
    this.clock = clock;
    this.nextYearFrom = nextYearFrom;
  }

  /** The years the service needs today and the calendar lacks. */
  public List<Integer> missingYears() {
    LocalDate today = LocalDate.now(clock.withZone(Kazakhstan.ZONE));
    List<Integer> needed = new ArrayList<>(List.of(today.getYear()));
    if (!MonthDay.from(today).isBefore(nextYearFrom)) {
      needed.add(today.getYear() + 1);
    }
    return needed.stream().filter(year -> !calendar.covers(year)).toList();
  }

  @Override
  public Health health() {
    List<Integer> missing = missingYears();
    return (missing.isEmpty() ? Health.up() : Health.down())
        .withDetail("years", calendar.years())
        .withDetail("missing", missing)
        .withDetail("nextYearFrom", nextYearFrom.toString())
        .build();
  }
}
