package kz.cites.application.intake.domain;

import java.time.Instant;

/**
 * Checks the applicant's EDS over the application's signing payload before it is registered: the
 * CMS signature itself, the certificate's validity at the server's time of receipt (not the signing
 * time the signer claims), its chain to a trusted NCA root, that its IIN (and BIN for a legal
 * entity) is the applicant's, and that the NCA has not revoked it. Throws {@link SignatureRefused}
 * (the reason decides the problem type) when the signature does not hold or its status cannot be
 * known.
 */
public interface SignatureVerifier {

  /**
   * Why a signature was refused: the {@code reason} member of the problem, and through its rule the
   * problem type ({@code invalid-signature} unless named otherwise).
   */
  enum Reason {
    SIGNATURE_MISSING,
    SIGNATURE_MALFORMED,
    SIGNATURE_INVALID,
    SIGNING_TIME_IN_FUTURE,
    CERTIFICATE_UNTRUSTED,
    IIN_MISMATCH,
    BIN_MISMATCH,
    NO_TRUSTED_ROOT,
    /** The certificate's notAfter lies before the time of receipt. */
    CERTIFICATE_EXPIRED(IntakeRuleViolation.Rule.CERTIFICATE_EXPIRED),
    /** The certificate's notBefore lies after the time of receipt. */
    CERTIFICATE_NOT_YET_VALID(IntakeRuleViolation.Rule.CERTIFICATE_NOT_YET_VALID),
    /** The NCA's OCSP responder says the certificate is revoked. */
    CERTIFICATE_REVOKED(IntakeRuleViolation.Rule.CERTIFICATE_REVOKED),
    /**
     * The revocation status could not be learnt (responder unreachable, an error answer, a response
     * not signed by the NCA or not fresh, status unknown): neither accepted nor refused for good.
     */
    REVOCATION_STATUS_UNAVAILABLE(IntakeRuleViolation.Rule.REVOCATION_STATUS_UNAVAILABLE);

    private final IntakeRuleViolation.Rule rule;

    Reason() {
      this(IntakeRuleViolation.Rule.INVALID_SIGNATURE);
    }

    Reason(IntakeRuleViolation.Rule rule) {
      this.rule = rule;
    }

    /** The intake rule, and so the problem type, a refusal for this reason answers. */
    public IntakeRuleViolation.Rule rule() {
      return rule;
    }
  }

  /**
   * @param payload the canonical bytes of {@link SigningPayload}
   * @param signature the base64 detached CMS signature as submitted; may be null
   * @param receivedAt the server's time of receipt of the submission: the certificate must be valid
   *     and not revoked then
   */
  void verify(
      byte[] payload, String signature, ApplicationContent.Applicant applicant, Instant receivedAt);
}
