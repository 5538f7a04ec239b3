package kz.cites.events;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The definite outcome of one registry check, with the evidence an officer and the audit trail
 * need. {@code refusalGround} is set only for a failed check; {@code receipts} only for the duty
 * payment look-up, which is always {@code RECORDED}: evidence for fee-service, never a verdict.
 * {@code registeredName} (Cyrillic, as the registry holds it) and {@code registeredNameLatin} (its
 * transliteration) only for the identity, legal-entity and entrepreneur checks: the name the
 * service uses for the applicant, since identity data come through the gateway (Annex 2, item 8).
 *
 * <p>A failed check names its {@code finding} (a stable code of verification-service, e.g. {@code
 * PERSON_DECEASED}, {@code ACTIVITY_BANNED}) and says it to the applicant in {@code explanation},
 * in Kazakh, Russian and English, with the facts the registry gave (a permit number, dates, a court
 * case). {@code reason} stays the evidence for officers and operators, in English. Both are null in
 * events published before them, and for checks that did not fail.
 *
 * @param reason the evidence for officers and operators, in English
 * @param finding a failed check's finding, a stable code of verification-service (its
 *     RegistryFinding), e.g. PERSON_UNKNOWN, COMPANY_NOT_ACTIVE, HUNTING_PERMIT_UNKNOWN,
 *     ACTIVITY_BANNED
 * @param explanation what a failed check found, for the applicant, in Kazakh, Russian and English,
 *     with the registry's facts; permit-service quotes it in a refusal's explanation
 */
public record CheckResult(
    Check check,
    Outcome outcome,
    @Nullable RefusalGround refusalGround,
    @Nullable String reason,
    @Nullable String registryMessageId,
    Instant checkedAt,
    @Nullable List<PaymentReceipt> receipts,
    @Nullable String registeredName,
    @Nullable String registeredNameLatin,
    @Nullable String finding,
    @Nullable LocalizedText explanation) {

  /** A result as it was before {@code finding} and {@code explanation}. */
  public CheckResult(
      Check check,
      Outcome outcome,
      RefusalGround refusalGround,
      String reason,
      String registryMessageId,
      Instant checkedAt,
      List<PaymentReceipt> receipts,
      String registeredName,
      String registeredNameLatin) {
    this(
        check,
        outcome,
        refusalGround,
        reason,
        registryMessageId,
        checkedAt,
        receipts,
        registeredName,
        registeredNameLatin,
        null,
        null);
  }

  /** A result that names nobody (checks other than identity, legal entity and entrepreneur). */
  public CheckResult(
      Check check,
      Outcome outcome,
      RefusalGround refusalGround,
      String reason,
      String registryMessageId,
      Instant checkedAt,
      List<PaymentReceipt> receipts) {
    this(
        check,
        outcome,
        refusalGround,
        reason,
        registryMessageId,
        checkedAt,
        receipts,
        null,
        null,
        null,
        null);
  }

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
