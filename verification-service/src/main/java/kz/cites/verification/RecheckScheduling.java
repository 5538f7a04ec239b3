package kz.cites.verification;

import kz.cites.verification.checks.CheckRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Re-check rounds, so a registry outage only delays a check (and covers a restart mid-check). */
@Configuration
@EnableScheduling
class RecheckScheduling implements SchedulingConfigurer {

  private final CheckRunner runner;
  private final VerificationProperties properties;

  RecheckScheduling(CheckRunner runner, VerificationProperties properties) {
    this.runner = runner;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(runner::recheck, properties.recheckInterval());
  }
}
