package kz.cites.application.intake.domain;

/**
 * Checks the applicant's EDS over the application's signing payload before it is registered: the
 * CMS signature itself, the certificate chain to a trusted NCA root, its validity at signing time,
 * and that the certificate's IIN (and BIN for a legal entity) is the applicant's. Throws {@link
 * IntakeRuleViolation} ({@code INVALID_SIGNATURE}, field {@code signature}, the reason in the
 * details) when the signature does not hold.
 */
public interface SignatureVerifier {

  /**
   * @param payload the canonical bytes of {@link SigningPayload}
   * @param signature the base64 detached CMS signature as submitted; may be null
   */
  void verify(byte[] payload, String signature, ApplicationContent.Applicant applicant);
}
