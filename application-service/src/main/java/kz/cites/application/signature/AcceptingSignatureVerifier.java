package kz.cites.application.signature;

import java.util.UUID;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.SignatureVerifier;
import org.springframework.stereotype.Component;

/**
 * Accepts every submission as signed. Verification of the applicant's CMS signature (chain to the
 * NCA root, validity, IIN match) comes with issue 3 and replaces this class; the submission flow
 * already calls the {@link SignatureVerifier} seam at the right point.
 */
@Component
class AcceptingSignatureVerifier implements SignatureVerifier {

  @Override
  public void verify(UUID applicationId, ApplicationContent content, String signature) {
    // accepted as is until issue 3
  }
}
