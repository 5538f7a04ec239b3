package kz.cites.calendar;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one source of "now" in every service: business code takes the {@link Clock} bean and never
 * calls {@code Instant.now()} (ArchitectureRules checks it), so a test can fix or move time by
 * declaring a {@code Clock} bean of its own, which replaces this one.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

  /** UTC instants; code that needs a Kazakhstan date converts with {@link Kazakhstan#ZONE}. */
  @Bean
  @ConditionalOnMissingBean
  public Clock clock() {
    return Clock.systemUTC();
  }
}
