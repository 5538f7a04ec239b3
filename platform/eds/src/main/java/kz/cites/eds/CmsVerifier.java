package kz.cites.eds;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * Verifies a detached CMS signature as a relying party must, in this order: the form (one signer,
 * its certificate inside); the signature over the content; the certificate valid at the time the
 * caller judges it at (not the signing time the signer claims); and its path to a trusted NCA root
 * at that time. Who the certificate names, and whether the NCA revoked it, are the caller's to
 * check.
 */
public final class CmsVerifier {

  private final TrustedRoots roots;

  public CmsVerifier(TrustedRoots roots) {
    this.roots = roots;
  }

  /**
   * A signature that holds: its certificate, the certificate's issuer, the claimed signing time and
   * who the certificate names.
   */
  public record Verified(
      X509Certificate certificate,
      X509Certificate issuer,
      Optional<Instant> signingTime,
      CertificateSubject subject) {}

  /**
   * @param content the signed bytes
   * @param der the detached CMS SignedData
   * @param at when the certificate must have been valid and chained to a trusted root
   * @throws EdsException naming the first property that does not hold
   */
  public Verified verify(byte[] content, byte[] der, Instant at) {
    DetachedCms cms = DetachedCms.parse(content, der);
    if (!cms.signatureValid()) {
      throw new EdsException(
          EdsException.Reason.INVALID, "The signature does not match the signed bytes");
    }
    Optional<Instant> signingTime = cms.signingTime();
    X509Certificate certificate = cms.signerCertificate();
    Certificates.requireValidAt(certificate, at);
    X509Certificate issuer = roots.requireChain(certificate, cms.certificates(), at);
    return new Verified(certificate, issuer, signingTime, CertificateSubject.of(certificate));
  }

  /** The roots this verifier trusts. */
  public TrustedRoots roots() {
    return roots;
  }
}
