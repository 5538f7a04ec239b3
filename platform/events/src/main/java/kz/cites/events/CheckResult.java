package kz.cites.events;

import java.time.Instant;
import java.util.List;

/**
 * The definite outcome of one registry check, with the evidence an officer and the audit trail
 * need. {@code refusalGround} is set only for a failed check; {@code receipts} only for the duty
 * payment look-up, which is always {@code RECORDED}: evidence for fee-service, never a verdict.
 */
public record CheckResult(
    Check check,
    Outcome outcome,
    RefusalGround refusalGround,
    String reason,
    String registryMessageId,
    Instant checkedAt,
    List<PaymentReceipt> receipts) {

  public enum Check {
    IDENTITY,
    LEGAL_ENTITY,
    ENTREPRENEUR,
    DUTY_PAYMENT,
    HUNTING_PERMIT,
    COURT_RECORDS
  }

  public enum Outcome {
    /** The registry confirms what the application says. */
    PASSED,
    /** The registry contradicts the application; {@code refusalGround} says which ground. */
    FAILED,
    /**
     * The look-up was made and its answer is kept as evidence, without a verdict: the duty payment,
     * which fee-service alone judges (its receipts are in {@code receipts}).
     */
    RECORDED
  }
}
