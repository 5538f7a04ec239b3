package kz.cites.permit.review.domain;

import java.math.BigDecimal;
import java.util.List;
import kz.cites.events.CheckResult;
import kz.cites.events.FeeRejected;

/**
 * Everything the automatic decision looks at: the applicant's consent, the outcome of every check
 * and the fee. {@code feeRejection}, {@code feeAmount} and {@code feePaid} are set only when the
 * fee was rejected.
 */
public record DecisionInputs(
    boolean personalDataConsent,
    List<CheckResult> checks,
    FeeOutcome fee,
    FeeRejected.Reason feeRejection,
    BigDecimal feeAmount,
    BigDecimal feePaid) {

  public DecisionInputs {
    checks = checks == null ? List.of() : List.copyOf(checks);
  }
}
