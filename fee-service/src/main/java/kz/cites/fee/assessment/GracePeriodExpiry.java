package kz.cites.fee.assessment;

import java.util.UUID;
import kz.cites.fee.assessment.domain.FeeStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the grace period of assessed duties that are still not covered: a late payment counts
 * until then, after that an unpaid or underpaid duty is rejected. Each case is decided in its own
 * transaction under the case's row lock, so an input arriving at the same moment cannot race it.
 */
@Component
public class GracePeriodExpiry {

  private static final Logger log = LoggerFactory.getLogger(GracePeriodExpiry.class);
  private static final int BATCH = 500;

  private final Fees fees;

  GracePeriodExpiry(Fees fees) {
    this.fees = fees;
  }

  /** Returns how many cases were decided. */
  @Scheduled(
      fixedDelayString = "${cites.fee.grace.check-interval:PT1M}",
      initialDelayString = "${cites.fee.grace.check-interval:PT1M}")
  public int closeExpired() {
    int decided = 0;
    for (UUID applicationId : fees.graceDue(BATCH)) {
      FeeStatus status = fees.closeGrace(applicationId);
      if (status != FeeStatus.ASSESSED) {
        decided++;
      }
    }
    if (decided > 0) {
      log.info("{} fee(s) decided at the end of their grace period", decided);
    }
    return decided;
  }
}
