package kz.cites.verification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the check runner ({@code cites.verification.*}).
 *
 * @param recheckInterval pause between re-check rounds of PENDING and UNAVAILABLE checks
 * @param checkLease how long an instance's claim on a check lasts while it asks the registry
 *     (longer than one ask with its retries and timeouts); a claim left by an instance that died
 *     expires after it
 */
@ConfigurationProperties("cites.verification")
public record VerificationProperties(Duration recheckInterval, Duration checkLease) {

  public VerificationProperties {
    recheckInterval = recheckInterval == null ? Duration.ofSeconds(10) : recheckInterval;
    checkLease = checkLease == null ? Duration.ofSeconds(60) : checkLease;
  }
}
