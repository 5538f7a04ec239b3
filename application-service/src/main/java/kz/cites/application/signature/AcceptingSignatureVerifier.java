package kz.cites.application.signature;

import java.time.Instant;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.SignatureVerifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Accepts every submission as signed: only with {@code cites.signature.verification=false}, for
 * environments without an NCA (never in production).
 */
@Component
@ConditionalOnProperty(name = "cites.signature.verification", havingValue = "false")
class AcceptingSignatureVerifier implements SignatureVerifier {

  @Override
  public void verify(
      byte[] payload,
      String signature,
      ApplicationContent.Applicant applicant,
      Instant receivedAt) {
    // verification switched off by configuration
  }
}
