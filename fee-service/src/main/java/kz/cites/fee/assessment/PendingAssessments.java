package kz.cites.fee.assessment;

import java.util.UUID;
import kz.cites.fee.assessment.domain.FeeStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries the assessments that waited for a missing MCI, so that adding the year's MCI is all an
 * operator has to do. Each case is retried in its own transaction.
 */
@Component
public class PendingAssessments {

  private static final Logger log = LoggerFactory.getLogger(PendingAssessments.class);
  private static final int BATCH = 500;

  private final Fees fees;

  PendingAssessments(Fees fees) {
    this.fees = fees;
  }

  /** Returns how many pending assessments could be made now. */
  @Scheduled(
      fixedDelayString = "${cites.fee.pending-retry-interval:PT10M}",
      initialDelayString = "${cites.fee.pending-retry-interval:PT10M}")
  public int retry() {
    int assessed = 0;
    for (UUID applicationId : fees.pendingTariff(BATCH)) {
      if (fees.retryAssessment(applicationId) != FeeStatus.PENDING_TARIFF) {
        assessed++;
      }
    }
    if (assessed > 0) {
      log.info("{} pending duty assessment(s) made after the tariff was completed", assessed);
    }
    return assessed;
  }
}
