package kz.cites.verification.checks.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.events.CheckResult;
import kz.cites.events.RefusalGround;
import kz.cites.verification.checks.domain.CheckStatus;
import kz.cites.verification.checks.domain.HuntedSpecimen;
import kz.cites.verification.checks.domain.Receipt;
import kz.cites.verification.checks.domain.RegisteredName;
import kz.cites.verification.checks.domain.Verification;
import kz.cites.verification.checks.domain.VerificationCheck;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A verification as officers see it. */
@NullMarked
record VerificationView(
    UUID applicationId,
    @Nullable String registrationNumber,
    Verification.Status status,
    Instant openedAt,
    @Nullable Instant completedAt,
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
   * again later; {@code waiting} says since when and why), PASSED, FAILED or RECORDED (the duty
   * payment: receipts kept as evidence, fee-service judges); {@code registeredName} is the
   * subject's name as the registry holds it (identity, legal entity, entrepreneur: Cyrillic and
   * Latin), the name the service uses, and {@code nameInApplication} the one the draft typed
   * (shown, never compared); {@code attempts} counts the attempts stored (each may have made
   * several calls under the retry policy).
   */
  record CheckView(
      CheckResult.Check check,
      @Nullable String subjectId,
      @Nullable String reference,
      @Nullable String signerIin,
      List<HuntedSpecimen> specimens,
      CheckStatus outcome,
      @Nullable RefusalGround refusalGround,
      @Nullable String reason,
      @Nullable RegisteredName registeredName,
      @Nullable String nameInApplication,
      @Nullable Waiting waiting,
      Evidence evidence,
      int attempts) {

    static CheckView of(VerificationCheck c) {
      return new CheckView(
          c.kind(),
          c.subjectId(),
          c.reference(),
          c.signerIin(),
          c.specimens(),
          c.status(),
          c.refusalGround(),
          c.reason(),
          c.registeredName(),
          c.expectedName(),
          c.status() == CheckStatus.UNAVAILABLE
              ? new Waiting(c.unavailableSince(), c.checkedAt(), c.reason())
              : null,
          new Evidence(
              c.registryMessageId(),
              c.checkedAt(),
              c.registryAnswer(),
              c.receipts().stream().map(ReceiptView::of).toList()),
          c.attempts());
    }
  }

  /** Why a check waits: its registry has been unavailable since {@code since}. */
  record Waiting(Instant since, Instant lastAttemptAt, @Nullable String reason) {}

  /**
   * The registry's message id and time of the last answer (or attempt), its answer (JSON payload)
   * and any receipts.
   */
  record Evidence(
      @Nullable String registryMessageId,
      @Nullable Instant checkedAt,
      @Nullable String registryAnswer,
      List<ReceiptView> receipts) {}

  record ReceiptView(
      String receiptNumber,
      String payerId,
      BigDecimal amount,
      @Nullable Instant paidAt,
      @Nullable String reference) {
    static ReceiptView of(Receipt r) {
      return new ReceiptView(r.receiptNumber(), r.payerId(), r.amount(), r.paidAt(), r.reference());
    }
  }
}
