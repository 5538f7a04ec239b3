package kz.cites.application.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the hearing before a refusal ({@code cites.hearing.*}).
 *
 * @param lapseCheckInterval how often open hearings past their deadline are looked for (PT1M)
 * @param demoAnswerPeriod demos and system tests only: the applicant may answer for this long after
 *     the notice instead of the 2 working days of the calendar; never set in production
 */
@ConfigurationProperties("cites.hearing")
public record HearingProperties(Duration lapseCheckInterval, Duration demoAnswerPeriod) {

  public HearingProperties {
    lapseCheckInterval = lapseCheckInterval == null ? Duration.ofMinutes(1) : lapseCheckInterval;
  }
}
