package kz.cites.verification.checks.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.events.CheckResult;
import kz.cites.events.RefusalGround;
import kz.cites.verification.checks.domain.CheckStatus;
import kz.cites.verification.checks.domain.Receipt;
import kz.cites.verification.checks.domain.Verification;
import kz.cites.verification.checks.domain.VerificationCheck;

/** A verification as officers see it. */
record VerificationView(
    UUID applicationId,
    String registrationNumber,
    Verification.Status status,
    Instant openedAt,
    Instant completedAt,
    List<CheckView> checks) {

  static VerificationView of(Verification v) {
    return new VerificationView(
        v.applicationId(),
        v.registrationNumber(),
        v.status(),
        v.openedAt(),
        v.completedAt(),
        v.checks().stream().map(CheckView::of).toList());
  }

  /**
   * One check: {@code outcome} PENDING (not asked yet), UNAVAILABLE (registry did not answer, asked
   * again later), PASSED or FAILED; {@code attempts} counts the registry calls made.
   */
  record CheckView(
      CheckResult.Check check,
      String subjectId,
      String reference,
      CheckStatus outcome,
      RefusalGround refusalGround,
      String reason,
      Evidence evidence,
      int attempts) {

    static CheckView of(VerificationCheck c) {
      return new CheckView(
          c.kind(),
          c.subjectId(),
          c.reference(),
          c.status(),
          c.refusalGround(),
          c.reason(),
          new Evidence(
              c.registryMessageId(),
              c.checkedAt(),
              c.receipts().stream().map(ReceiptView::of).toList()),
          c.attempts());
    }
  }

  /** The registry's message id and time of the last answer (or attempt), and any receipts. */
  record Evidence(String registryMessageId, Instant checkedAt, List<ReceiptView> receipts) {}

  record ReceiptView(
      String receiptNumber, String payerId, BigDecimal amount, Instant paidAt, String reference) {
    static ReceiptView of(Receipt r) {
      return new ReceiptView(r.receiptNumber(), r.payerId(), r.amount(), r.paidAt(), r.reference());
    }
  }
}
