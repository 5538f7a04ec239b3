package kz.cites.events;

import java.time.Instant;
import java.util.List;

/**
 * The definite outcome of one registry check, with the evidence an officer and the audit trail
 * need. {@code refusalGround} is set only for a failed check; {@code receipts} only for the duty
 * payment look-up.
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
    PASSED,
    FAILED
  }
}
