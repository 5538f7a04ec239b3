package kz.cites.application.intake.domain;

import java.util.UUID;

/**
 * Checks the applicant's EDS over the application's signing payload before it is registered: the
 * CMS signature itself, the certificate chain to the NCA root, its validity at signing time, and
 * that the certificate's IIN (and BIN) is the applicant's. Throws {@link IntakeRuleViolation} when
 * the signature does not hold.
 *
 * <p>The real cryptographic verification comes with issue 3 (documents and signing payload); until
 * then the only implementation accepts every submission, so the seam is in place and the submission
 * flow does not change when it arrives.
 */
public interface SignatureVerifier {

  /**
   * @param signature the base64 CMS signature as submitted; may be null while signing is optional
   */
  void verify(UUID applicationId, ApplicationContent content, String signature);
}
