package kz.cites.eds;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * A detached CMS SignedData (RFC 5652) over known bytes, with exactly one signer whose certificate
 * it carries: the form of an NCA EDS signature (the portal's signing component, NCALayer, the NCA's
 * remote signing). Parsing checks the form only; {@link #signatureValid()} checks the signature and
 * {@link CmsVerifier} everything a relying party needs.
 */
public final class DetachedCms {

  private final byte[] encoded;
  private final SignerInformation signer;
  private final X509Certificate certificate;
  private final List<X509Certificate> certificates;

  private DetachedCms(
      byte[] encoded,
      SignerInformation signer,
      X509Certificate certificate,
      List<X509Certificate> certificates) {
    this.encoded = encoded;
    this.signer = signer;
    this.certificate = certificate;
    this.certificates = certificates;
  }

  /**
   * @param content the signed bytes (not inside the CMS: it is detached)
   * @param der the DER CMS SignedData
   * @throws EdsException {@code MALFORMED}: not a CMS SignedData, not exactly one signer, or the
   *     signer's certificate not inside
   */
  public static DetachedCms parse(byte[] content, byte[] der) {
    CMSSignedData cms;
    try {
      cms = new CMSSignedData(new CMSProcessableByteArray(content), der);
    } catch (Exception e) {
      throw new EdsException(
          EdsException.Reason.MALFORMED, "The signature is not a CMS SignedData");
    }
    if (cms.getSignerInfos().size() != 1) {
      throw new EdsException(EdsException.Reason.MALFORMED, "The CMS must have exactly one signer");
    }
    SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
    try {
      List<X509Certificate> certificates = new ArrayList<>();
      for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
        certificates.add(Pem.certificate(holder.getEncoded()));
      }
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
      if (matches.isEmpty()) {
        throw new EdsException(
            EdsException.Reason.MALFORMED, "The CMS does not carry the signer's certificate");
      }
      X509Certificate certificate = Pem.certificate(matches.iterator().next().getEncoded());
      return new DetachedCms(der.clone(), signer, certificate, List.copyOf(certificates));
    } catch (EdsException e) {
      throw e;
    } catch (Exception e) {
      throw new EdsException(
          EdsException.Reason.MALFORMED, "The certificates in the CMS cannot be read");
    }
  }

  /** The signer's certificate, as the CMS carries it. */
  public X509Certificate signerCertificate() {
    return certificate;
  }

  /** Every certificate the CMS carries (the signer's and any intermediates). */
  public List<X509Certificate> certificates() {
    return certificates;
  }

  /**
   * The signature over the content holds for the public key of the signer's certificate (the
   * certificate's validity is judged separately, at a time the caller chooses).
   */
  public boolean signatureValid() {
    try {
      return signer.verify(
          new JcaSimpleSignerInfoVerifierBuilder()
              .setProvider(VerifyingProvider.get())
              .build(certificate.getPublicKey()));
    } catch (Exception e) {
      return false;
    }
  }

  /**
   * The signing time the signer claims (signed attribute), if any. It is a claim: the validity of
   * the certificate is judged at a time the relying party knows.
   *
   * @throws EdsException {@code MALFORMED} when the attribute is there but unreadable
   */
  public Optional<Instant> signingTime() {
    if (signer.getSignedAttributes() == null) {
      return Optional.empty();
    }
    Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
    if (attribute == null || attribute.getAttrValues().size() != 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
    } catch (Exception e) {
      throw new EdsException(
          EdsException.Reason.MALFORMED, "The signing time attribute is malformed");
    }
  }

  /** The DER encoding, as parsed. */
  public byte[] encoded() {
    return encoded.clone();
  }
}
