package kz.cites.fee;

import java.time.Clock;
import kz.cites.fee.assessment.domain.GraceRule;
import kz.cites.fee.calendar.CalendarDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock (replaced in tests to move time without waiting) and the grace period rule. */
@Configuration(proxyBeanMethods = false)
class FeeConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  GraceRule graceRule(
      CalendarDays calendar, @Value("${cites.fee.grace.working-days:1}") int workingDays) {
    // the calendar as it stands when the grace period is computed, marked days included
    return new GraceRule(calendar::current, workingDays);
  }
}
