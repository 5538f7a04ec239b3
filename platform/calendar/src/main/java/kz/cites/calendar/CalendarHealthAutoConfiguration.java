package kz.cites.calendar;

import java.time.Clock;
import java.time.MonthDay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The health contributor {@code calendar} ({@link CalendarHealth}) over the bundled calendar, in
 * every service that has platform/calendar and the actuator; the services' readiness group includes
 * it.
 *
 * <p>{@code cites.calendar.health.next-year-from} ({@code --12-01}, a {@link MonthDay}) is from
 * when on the next year's data is required.
 */
@AutoConfiguration(after = ClockAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public class CalendarHealthAutoConfiguration {

  @Bean
  CalendarHealth calendarHealthIndicator(
      Clock clock, @Value("${cites.calendar.health.next-year-from:--12-01}") String nextYearFrom) {
    return new CalendarHealth(WorkingCalendar.kazakhstan(), clock, MonthDay.parse(nextYearFrom));
  }
}
