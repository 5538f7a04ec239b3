package kz.cites.verification.checks.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import kz.cites.events.LocalizedText;
import kz.cites.events.PaymentReceipt;
import kz.cites.events.RefusalGround;

/**
 * What one attempt of a check found, with its evidence. {@code refusalGround} only for FAILED;
 * UNAVAILABLE means the registry did not give a usable answer and is never held against the
 * applicant. {@code registryAnswer} is the registry's payload as it came (JSON), kept as evidence;
 * {@code registeredName} the subject's name as the registry holds it (identity, legal entity,
 * entrepreneur).
 *
 * <p>A failed check names its {@code finding} and the facts its text names ({@code
 * findingArguments}, in the order of the bundles' {@code finding.<FINDING>} text: dates as {@link
 * java.time.LocalDate}, several values as a list); the use case writes that text in every language
 * ({@code explanation}) before the outcome is kept. {@code reason} is the evidence for officers and
 * operators, in English.
 */
public record CheckOutcome(
    CheckStatus status,
    RefusalGround refusalGround,
    String reason,
    String registryMessageId,
    Instant checkedAt,
    List<PaymentReceipt> receipts,
    String registryAnswer,
    RegisteredName registeredName,
    RegistryFinding finding,
    List<Object> findingArguments,
    LocalizedText explanation) {

  public CheckOutcome {
    if (status == CheckStatus.PENDING) {
      throw new IllegalArgumentException("An attempt always ends in an outcome, never PENDING");
    }
    if ((status == CheckStatus.FAILED) != (refusalGround != null)) {
      throw new IllegalArgumentException("A refusal ground belongs to exactly the failed checks");
    }
    if ((status == CheckStatus.FAILED) != (finding != null)) {
      throw new IllegalArgumentException("A finding belongs to exactly the failed checks");
    }
    receipts = receipts == null ? List.of() : List.copyOf(receipts);
    // the facts may hold nulls (a date the registry does not give): shown as a dash
    findingArguments =
        findingArguments == null
            ? List.of()
            : Collections.unmodifiableList(new ArrayList<>(findingArguments));
  }

  public static CheckOutcome passed(
      String reason, String registryMessageId, Instant checkedAt, List<PaymentReceipt> receipts) {
    return new CheckOutcome(
        CheckStatus.PASSED,
        null,
        reason,
        registryMessageId,
        checkedAt,
        receipts,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * A failed check: {@code finding} decides the refusal ground; {@code facts} are the values its
   * text names, in order.
   */
  public static CheckOutcome failed(
      RegistryFinding finding,
      List<?> facts,
      String reason,
      String registryMessageId,
      Instant checkedAt) {
    return new CheckOutcome(
        CheckStatus.FAILED,
        finding.ground(),
        reason,
        registryMessageId,
        checkedAt,
        List.of(),
        null,
        null,
        finding,
        new ArrayList<>(facts),
        null);
  }

  /** The facts of a finding, in the order its text names them (a value may be null). */
  public static List<Object> facts(Object... values) {
    return Arrays.asList(values);
  }

  /**
   * A look-up kept as evidence, no verdict: the duty payment's receipts, for fee-service to judge.
   */
  public static CheckOutcome recorded(
      String reason, String registryMessageId, Instant checkedAt, List<PaymentReceipt> receipts) {
    return new CheckOutcome(
        CheckStatus.RECORDED,
        null,
        reason,
        registryMessageId,
        checkedAt,
        receipts,
        null,
        null,
        null,
        null,
        null);
  }

  public static CheckOutcome unavailable(
      String reason, String registryMessageId, Instant checkedAt) {
    return new CheckOutcome(
        CheckStatus.UNAVAILABLE,
        null,
        reason,
        registryMessageId,
        checkedAt,
        List.of(),
        null,
        null,
        null,
        null,
        null);
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
        registeredName,
        finding,
        findingArguments,
        explanation);
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
        name,
        finding,
        findingArguments,
        explanation);
  }

  /** The same outcome with its finding written for the applicant in every language. */
  public CheckOutcome withExplanation(LocalizedText text) {
    return new CheckOutcome(
        status,
        refusalGround,
        reason,
        registryMessageId,
        checkedAt,
        receipts,
        registryAnswer,
        registeredName,
        finding,
        findingArguments,
        text);
  }
}
