package kz.cites.application.signature;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.SignatureRefused;
import kz.cites.application.intake.domain.SignatureVerifier;
import kz.cites.eds.CertificateSubject;
import kz.cites.eds.Certificates;
import kz.cites.eds.DetachedCms;
import kz.cites.eds.EdsException;
import kz.cites.eds.TrustedRoots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Verifies the applicant's detached CMS signature for real (platform/eds), in this order: exactly
 * one signer; its signature over the payload; a claimed signing time not ahead of the time of
 * receipt; its certificate valid at the <b>server's time of receipt</b> (the signed {@code
 * signingTime} is the signer's claim and decides nothing) and chained to a trusted NCA root then;
 * its subject carrying the applicant's IIN ({@code SERIALNUMBER=IIN…}) and, for a legal entity, the
 * BIN ({@code OU=BIN…}), as NCA RK certificates do; and last, the NCA's OCSP answer that it is not
 * revoked. An unknown revocation status is neither accepted nor refused for good ({@code
 * REVOCATION_STATUS_UNAVAILABLE}, a retryable problem).
 */
@Component
@ConditionalOnProperty(
    name = "cites.signature.verification",
    havingValue = "true",
    matchIfMissing = true)
class CmsSignatureVerifier implements SignatureVerifier {

  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private static final Logger log = LoggerFactory.getLogger(CmsSignatureVerifier.class);

  private final TrustedRoots roots;
  private final OcspClient ocsp;

  CmsSignatureVerifier(TrustedRoots roots, OcspClient ocsp) {
    this.roots = roots;
    this.ocsp = ocsp;
  }

  @Override
  public void verify(
      byte[] payload,
      String signature,
      ApplicationContent.Applicant applicant,
      Instant receivedAt) {
    if (signature == null || signature.isBlank()) {
      throw new SignatureRefused(Reason.SIGNATURE_MISSING, "missing");
    }
    DetachedCms cms;
    try {
      cms = DetachedCms.parse(payload, Base64.getMimeDecoder().decode(signature));
    } catch (IllegalArgumentException e) {
      throw new SignatureRefused(Reason.SIGNATURE_MALFORMED, "not-cms");
    } catch (EdsException e) {
      throw refused(e);
    }
    // by the public key: the certificate's validity is judged at the time of receipt below
    if (!cms.signatureValid()) {
      throw new SignatureRefused(Reason.SIGNATURE_INVALID, "not-the-payload");
    }
    X509Certificate certificate = cms.signerCertificate();
    X509Certificate issuer;
    try {
      Optional<Instant> claimed = cms.signingTime();
      if (claimed.isPresent() && claimed.get().isAfter(receivedAt.plus(CLOCK_SKEW))) {
        throw new SignatureRefused(
            Reason.SIGNING_TIME_IN_FUTURE, "signing-time", claimed.get(), receivedAt);
      }
      Certificates.requireValidAt(certificate, receivedAt);
      issuer = roots.requireChain(certificate, cms.certificates(), receivedAt);
    } catch (EdsException e) {
      throw refused(e);
    }
    CertificateSubject subject = CertificateSubject.of(certificate);
    if (!applicant.iin().equals(subject.iin())) {
      throw new SignatureRefused(Reason.IIN_MISMATCH, "iin");
    }
    if (applicant.actsForLegalEntity()
        && (applicant.bin() == null || !applicant.bin().equals(subject.bin()))) {
      throw new SignatureRefused(Reason.BIN_MISMATCH, "bin");
    }
    requireNotRevoked(certificate, issuer, receivedAt);
  }

  /**
   * The intake's reason and the name of its detail for what platform/eds found (platform/eds's own
   * English message goes to the log only: a malformed CMS is one detail in every language).
   */
  private static SignatureRefused refused(EdsException e) {
    return switch (e.reason()) {
      case MALFORMED -> {
        log.info("Malformed signature: {}", e.getMessage());
        yield new SignatureRefused(Reason.SIGNATURE_MALFORMED, "malformed");
      }
      case INVALID -> new SignatureRefused(Reason.SIGNATURE_INVALID, "not-the-payload");
      case CERTIFICATE_EXPIRED ->
          new SignatureRefused(
              Reason.CERTIFICATE_EXPIRED,
              e.facts(),
              "expired",
              Instant.parse(e.facts().get("notAfter")),
              Instant.parse(e.facts().get("checkedAt")));
      case CERTIFICATE_NOT_YET_VALID ->
          new SignatureRefused(
              Reason.CERTIFICATE_NOT_YET_VALID,
              e.facts(),
              "not-yet-valid",
              Instant.parse(e.facts().get("notBefore")),
              Instant.parse(e.facts().get("checkedAt")));
      case UNTRUSTED -> new SignatureRefused(Reason.CERTIFICATE_UNTRUSTED, "untrusted");
      case NO_TRUSTED_ROOT -> new SignatureRefused(Reason.NO_TRUSTED_ROOT, "no-root");
    };
  }

  private void requireNotRevoked(
      X509Certificate certificate, X509Certificate issuer, Instant receivedAt) {
    switch (ocsp.status(certificate, issuer, receivedAt)) {
      case OcspClient.Status.Good good -> {}
      case OcspClient.Status.Revoked revoked -> {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("revokedAt", revoked.revokedAt().toString());
        if (revoked.reason() != null) {
          facts.put("revocationReason", revoked.reason());
        }
        facts.put("checkedAt", receivedAt.toString());
        throw revoked.reason() == null
            ? new SignatureRefused(
                Reason.CERTIFICATE_REVOKED, facts, "revoked", revoked.revokedAt())
            : new SignatureRefused(
                Reason.CERTIFICATE_REVOKED,
                facts,
                "revoked-for",
                revoked.revokedAt(),
                revoked.reason());
      }
      // the cause (responder address, error) is logged, not told to the applicant
      case OcspClient.Status.Unavailable unavailable ->
          throw new SignatureRefused(Reason.REVOCATION_STATUS_UNAVAILABLE, "unknown");
    }
  }
}
