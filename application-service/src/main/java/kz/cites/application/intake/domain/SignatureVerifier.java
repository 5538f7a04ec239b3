package kz.cites.application.intake.domain;

/**
 * Checks the applicant's EDS over the application's signing payload before it is registered: the
 * CMS signature itself, the certificate chain to a trusted NCA root, its validity at signing time,
 * and that the certificate's IIN (and BIN for a legal entity) is the applicant's. Throws {@link
 * IntakeRuleViolation} ({@code INVALID_SIGNATURE}, field {@code signature}, the reason in the
 * details) when the signature does not hold.
 */
public interface SignatureVerifier {

  /** Why a signature was refused: the {@code reason} member of the invalid-signature problem. */
  enum Reason {
    SIGNATURE_MISSING,
    SIGNATURE_MALFORMED,
    SIGNATURE_INVALID,
    SIGNING_TIME_IN_FUTURE,
    CERTIFICATE_NOT_VALID_AT_SIGNING_TIME,
    CERTIFICATE_UNTRUSTED,
    IIN_MISMATCH,
    BIN_MISMATCH,
    NO_TRUSTED_ROOT
  }

  /**
   * @param payload the canonical bytes of {@link SigningPayload}
   * @param signature the base64 detached CMS signature as submitted; may be null
   */
  void verify(byte[] payload, String signature, ApplicationContent.Applicant applicant);
}
