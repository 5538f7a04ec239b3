package kz.cites.verification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the check runner ({@code cites.verification.*}).
 *
 * @param recheckInterval pause between re-check rounds of PENDING and UNAVAILABLE checks
 */
@ConfigurationProperties("cites.verification")
public record VerificationProperties(Duration recheckInterval) {

  public VerificationProperties {
    recheckInterval = recheckInterval == null ? Duration.ofSeconds(10) : recheckInterval;
  }
}
