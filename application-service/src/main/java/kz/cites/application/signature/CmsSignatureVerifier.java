package kz.cites.application.signature;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.SignatureRefused;
import kz.cites.application.intake.domain.SignatureVerifier;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Verifies the applicant's detached CMS signature for real, in this order: exactly one signer; its
 * signature over the payload; a claimed signing time not ahead of the time of receipt; its
 * certificate valid at the <b>server's time of receipt</b> (the signed {@code signingTime} is the
 * signer's claim and decides nothing) and chained to a trusted NCA root then; its subject carrying
 * the applicant's IIN ({@code SERIALNUMBER=IIN…}) and, for a legal entity, the BIN ({@code
 * OU=BIN…}), as NCA RK certificates do; and last, the NCA's OCSP answer that it is not revoked. An
 * unknown revocation status is neither accepted nor refused for good ({@code
 * REVOCATION_STATUS_UNAVAILABLE}, a retryable problem).
 */
@Component
@ConditionalOnProperty(
    name = "cites.signature.verification",
    havingValue = "true",
    matchIfMissing = true)
class CmsSignatureVerifier implements SignatureVerifier {

  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

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
    CMSSignedData cms;
    SignerInformation signer;
    X509Certificate certificate;
    List<X509Certificate> certificates = new ArrayList<>();
    try {
      cms =
          new CMSSignedData(
              new CMSProcessableByteArray(payload), Base64.getMimeDecoder().decode(signature));
      if (cms.getSignerInfos().size() != 1) {
        throw new SignatureRefused(Reason.SIGNATURE_MALFORMED, "one-signer");
      }
      signer = cms.getSignerInfos().getSigners().iterator().next();
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
        certificates.add(
            (X509Certificate)
                factory.generateCertificate(new ByteArrayInputStream(holder.getEncoded())));
      }
      @SuppressWarnings("unchecked")
      var matches = cms.getCertificates().getMatches(signer.getSID());
      if (matches.isEmpty()) {
        throw new SignatureRefused(Reason.SIGNATURE_MALFORMED, "no-certificate");
      }
      X509CertificateHolder holder = (X509CertificateHolder) matches.iterator().next();
      certificate =
          (X509Certificate)
              factory.generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    } catch (SignatureRefused e) {
      throw e;
    } catch (Exception e) {
      throw new SignatureRefused(Reason.SIGNATURE_MALFORMED, "not-cms");
    }
    boolean valid;
    try {
      // by the public key: the certificate's validity is judged at the time of receipt below
      valid =
          signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.getPublicKey()));
    } catch (Exception e) {
      valid = false;
    }
    if (!valid) {
      throw new SignatureRefused(Reason.SIGNATURE_INVALID, "not-the-payload");
    }
    Optional<Instant> claimed = signingTime(signer);
    if (claimed.isPresent() && claimed.get().isAfter(receivedAt.plus(CLOCK_SKEW))) {
      throw new SignatureRefused(
          Reason.SIGNING_TIME_IN_FUTURE, "signing-time", claimed.get(), receivedAt);
    }
    requireValidAt(certificate, receivedAt);
    X509Certificate issuer = requireChain(certificate, certificates, receivedAt);
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    if (!values(subject, BCStyle.SERIALNUMBER).contains("IIN" + applicant.iin())) {
      throw new SignatureRefused(Reason.IIN_MISMATCH, "iin");
    }
    if (applicant.actsForLegalEntity()
        && !values(subject, BCStyle.OU).contains("BIN" + applicant.bin())) {
      throw new SignatureRefused(Reason.BIN_MISMATCH, "bin");
    }
    requireNotRevoked(certificate, issuer, receivedAt);
  }

  /** The certificate's validity at the time of receipt, whatever signing time is claimed. */
  private static void requireValidAt(X509Certificate certificate, Instant receivedAt) {
    Instant notBefore = certificate.getNotBefore().toInstant();
    Instant notAfter = certificate.getNotAfter().toInstant();
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("notBefore", notBefore.toString());
    facts.put("notAfter", notAfter.toString());
    facts.put("checkedAt", receivedAt.toString());
    if (receivedAt.isAfter(notAfter)) {
      throw new SignatureRefused(
          Reason.CERTIFICATE_EXPIRED, facts, "expired", notAfter, receivedAt);
    }
    if (receivedAt.isBefore(notBefore)) {
      throw new SignatureRefused(
          Reason.CERTIFICATE_NOT_YET_VALID, facts, "not-yet-valid", notBefore, receivedAt);
    }
  }

  /** The path to a trusted root at the time of receipt; answers the certificate's issuer. */
  private X509Certificate requireChain(
      X509Certificate certificate, List<X509Certificate> certificates, Instant receivedAt) {
    Set<TrustAnchor> anchors =
        roots.certificates().stream()
            .map(root -> new TrustAnchor(root, null))
            .collect(Collectors.toSet());
    if (anchors.isEmpty()) {
      throw new SignatureRefused(Reason.NO_TRUSTED_ROOT, "no-root");
    }
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(certificate);
      PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
      parameters.setRevocationEnabled(false); // asked of the NCA's OCSP below
      parameters.setDate(Date.from(receivedAt));
      parameters.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(certificates)));
      var result =
          (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
      var path = result.getCertPath().getCertificates();
      return path.size() > 1
          ? (X509Certificate) path.get(1)
          : result.getTrustAnchor().getTrustedCert();
    } catch (GeneralSecurityException e) {
      throw new SignatureRefused(Reason.CERTIFICATE_UNTRUSTED, "untrusted");
    }
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

  private static Optional<Instant> signingTime(SignerInformation signer) {
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
      throw new SignatureRefused(Reason.SIGNATURE_MALFORMED, "signing-time-malformed");
    }
  }

  private static List<String> values(X500Name name, ASN1ObjectIdentifier type) {
    List<String> values = new ArrayList<>();
    for (RDN rdn : name.getRDNs(type)) {
      values.add(IETFUtils.valueToString(rdn.getFirst().getValue()));
    }
    return values;
  }
}
