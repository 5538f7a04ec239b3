package kz.cites.application.signature;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.IntakeRuleViolation;
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
 * Verifies the applicant's detached CMS signature for real: exactly one signer; its signature over
 * the payload; its certificate valid at the signing time (the signed {@code signingTime} attribute,
 * else now) and chained to a trusted NCA root; and its subject carrying the applicant's IIN ({@code
 * SERIALNUMBER=IIN…}) and, for a legal entity, the BIN ({@code OU=BIN…}), as NCA RK certificates
 * do. Revocation (OCSP/CRL) is not checked yet.
 */
@Component
@ConditionalOnProperty(
    name = "cites.signature.verification",
    havingValue = "true",
    matchIfMissing = true)
class CmsSignatureVerifier implements SignatureVerifier {

  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final TrustedRoots roots;
  private final Clock clock;

  CmsSignatureVerifier(TrustedRoots roots, Clock clock) {
    this.roots = roots;
    this.clock = clock;
  }

  @Override
  public void verify(byte[] payload, String signature, ApplicationContent.Applicant applicant) {
    if (signature == null || signature.isBlank()) {
      throw refused(Reason.SIGNATURE_MISSING, "The submission carries no signature");
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
        throw refused(Reason.SIGNATURE_MALFORMED, "The CMS must have exactly one signer");
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
        throw refused(
            Reason.SIGNATURE_MALFORMED, "The CMS does not carry the signer's certificate");
      }
      X509CertificateHolder holder = (X509CertificateHolder) matches.iterator().next();
      certificate =
          (X509Certificate)
              factory.generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    } catch (IntakeRuleViolation e) {
      throw e;
    } catch (Exception e) {
      throw refused(Reason.SIGNATURE_MALFORMED, "The signature is not a base64 CMS SignedData");
    }
    boolean valid;
    try {
      // by the public key: the validity at signing time is checked (and named) below
      valid =
          signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.getPublicKey()));
    } catch (Exception e) {
      valid = false;
    }
    if (!valid) {
      throw refused(
          Reason.SIGNATURE_INVALID,
          "The signature does not match the application's signing payload");
    }
    Instant now = clock.instant();
    Instant signedAt = signingTime(signer).orElse(now);
    if (signedAt.isAfter(now.plus(CLOCK_SKEW))) {
      throw refused(Reason.SIGNING_TIME_IN_FUTURE, "The signing time is in the future");
    }
    try {
      certificate.checkValidity(Date.from(signedAt));
    } catch (GeneralSecurityException e) {
      throw refused(
          Reason.CERTIFICATE_NOT_VALID_AT_SIGNING_TIME,
          "The certificate was not valid at the signing time " + signedAt);
    }
    requireChain(certificate, certificates, signedAt);
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    if (!values(subject, BCStyle.SERIALNUMBER).contains("IIN" + applicant.iin())) {
      throw refused(Reason.IIN_MISMATCH, "The certificate does not belong to the applicant's IIN");
    }
    if (applicant.actsForLegalEntity()
        && !values(subject, BCStyle.OU).contains("BIN" + applicant.bin())) {
      throw refused(
          Reason.BIN_MISMATCH, "The certificate is not a key of the applicant company's BIN");
    }
  }

  private void requireChain(
      X509Certificate certificate, List<X509Certificate> certificates, Instant signedAt) {
    Set<TrustAnchor> anchors =
        roots.certificates().stream()
            .map(root -> new TrustAnchor(root, null))
            .collect(Collectors.toSet());
    if (anchors.isEmpty()) {
      throw refused(Reason.NO_TRUSTED_ROOT, "No trusted NCA root is configured or reachable");
    }
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(certificate);
      PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(signedAt));
      parameters.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(certificates)));
      CertPathBuilder.getInstance("PKIX").build(parameters);
    } catch (GeneralSecurityException e) {
      throw refused(
          Reason.CERTIFICATE_UNTRUSTED, "The certificate does not chain to a trusted NCA root");
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
      throw refused(Reason.SIGNATURE_MALFORMED, "The signing time attribute is malformed");
    }
  }

  private static List<String> values(X500Name name, ASN1ObjectIdentifier type) {
    List<String> values = new ArrayList<>();
    for (RDN rdn : name.getRDNs(type)) {
      values.add(IETFUtils.valueToString(rdn.getFirst().getValue()));
    }
    return values;
  }

  private static IntakeRuleViolation refused(Reason reason, String detail) {
    return new IntakeRuleViolation(
        IntakeRuleViolation.Rule.INVALID_SIGNATURE, "signature", detail, List.of(reason.name()));
  }
}
