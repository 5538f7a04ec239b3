package kz.cites.fee;

import kz.cites.fee.assessment.GraceProperties;
import kz.cites.fee.assessment.domain.GraceRule;
import kz.cites.fee.calendar.CalendarDays;
import kz.cites.fee.payment.MatchingProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The grace period rule, counted on the calendar as it stands (marked days included), and the
 * settings of matching payments without reference.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GraceProperties.class, MatchingProperties.class})
class FeeConfiguration {

  @Bean
  GraceRule graceRule(CalendarDays calendar, GraceProperties grace) {
    // the calendar as it stands when the grace period is computed, marked days included
    return new GraceRule(calendar::current, grace.workingDays(), grace.demoPeriod());
  }
}
