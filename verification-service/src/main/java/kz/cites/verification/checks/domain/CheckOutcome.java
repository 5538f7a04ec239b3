package kz.cites.verification.checks.domain;

import java.time.Instant;
import java.util.List;
import kz.cites.events.PaymentReceipt;
import kz.cites.events.RefusalGround;

/**
 * What one attempt of a check found, with its evidence. {@code refusalGround} only for FAILED;
 * UNAVAILABLE means the registry did not give a usable answer and is never held against the
 * applicant. {@code registryAnswer} is the registry's payload as it came (JSON), kept as evidence;
 * {@code registeredName} the subject's name as the registry holds it (identity, legal entity,
 * entrepreneur).
 */
public record CheckOutcome(
    CheckStatus status,
    RefusalGround refusalGround,
    String reason,
    String registryMessageId,
    Instant checkedAt,
    List<PaymentReceipt> receipts,
    String registryAnswer,
    RegisteredName registeredName) {

  public CheckOutcome {
    if (status == CheckStatus.PENDING) {
      throw new IllegalArgumentException("An attempt always ends in an outcome, never PENDING");
    }
    if ((status == CheckStatus.FAILED) != (refusalGround != null)) {
      throw new IllegalArgumentException("A refusal ground belongs to exactly the failed checks");
    }
    receipts = receipts == null ? List.of() : List.copyOf(receipts);
  }

  public static CheckOutcome passed(
      String reason, String registryMessageId, Instant checkedAt, List<PaymentReceipt> receipts) {
    return new CheckOutcome(
        CheckStatus.PASSED, null, reason, registryMessageId, checkedAt, receipts, null, null);
  }

  /** A failed check: {@code finding} decides the refusal ground. */
  public static CheckOutcome failed(
      RegistryFinding finding, String reason, String registryMessageId, Instant checkedAt) {
    return new CheckOutcome(
        CheckStatus.FAILED,
        finding.ground(),
        reason,
        registryMessageId,
        checkedAt,
        List.of(),
        null,
        null);
  }

  /**
   * A look-up kept as evidence, no verdict: the duty payment's receipts, for fee-service to judge.
   */
  public static CheckOutcome recorded(
      String reason, String registryMessageId, Instant checkedAt, List<PaymentReceipt> receipts) {
    return new CheckOutcome(
        CheckStatus.RECORDED, null, reason, registryMessageId, checkedAt, receipts, null, null);
  }

  public static CheckOutcome unavailable(
      String reason, String registryMessageId, Instant checkedAt) {
    return new CheckOutcome(
        CheckStatus.UNAVAILABLE, null, reason, registryMessageId, checkedAt, List.of(), null, null);
  }

  /** The same outcome with the registry's answer kept as evidence. */
  public CheckOutcome withAnswer(String answer) {
    return new CheckOutcome(
        status,
        refusalGround,
        reason,
        registryMessageId,
        checkedAt,
        receipts,
        answer,
        registeredName);
  }

  /** The same outcome with the name the registry holds for the subject. */
  public CheckOutcome withName(RegisteredName name) {
    return new CheckOutcome(
        status,
        refusalGround,
        reason,
        registryMessageId,
        checkedAt,
        receipts,
        registryAnswer,
        name);
  }
}
