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
 * @param gatherWindow how long the outcomes of one application's checks are gathered to be stored
 *     together, in one transaction; a check whose registry has not answered by then is stored on
 *     its own when it does
 */
@ConfigurationProperties("cites.verification")
public record VerificationProperties(
    Duration recheckInterval, Duration checkLease, Duration gatherWindow) {

  public VerificationProperties {
    recheckInterval = recheckInterval == null ? Duration.ofSeconds(10) : recheckInterval;
    checkLease = checkLease == null ? Duration.ofSeconds(60) : checkLease;
    gatherWindow = gatherWindow == null ? Duration.ofMillis(500) : gatherWindow;
  }
}
