package kz.cites.permit.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.cites.eds.CertificateSubject;
import kz.cites.eds.Certificates;
import kz.cites.eds.CmsVerifier;
import kz.cites.eds.EdsException;
import kz.cites.eds.Pem;
import kz.cites.eds.TrustedRoots;
import kz.cites.eds.VerifyingProvider;
import kz.cites.permit.signing.domain.DocumentCheck;
import kz.cites.permit.signing.domain.DocumentSignature;
import kz.cites.permit.signing.domain.Signer;
import kz.cites.web.Texts;
import org.springframework.stereotype.Component;

/**
 * Checks a stored signed document as any relying party could, with nothing but the NCA root: the
 * JWS through its {@code x5c} chain (the first certificate must be the authority's, for its BIN),
 * and the signatory's detached CMS over the JWS payload (the same canonical bytes), each judged at
 * the recorded time of signing.
 */
@Component
public class DocumentVerifier {

  private final CmsVerifier cms;
  private final TrustedRoots roots;
  private final PublishedKeys keys;
  private final SigningProperties properties;
  private final Texts texts;

  DocumentVerifier(
      CmsVerifier cms,
      TrustedRoots roots,
      PublishedKeys keys,
      SigningProperties properties,
      Texts texts) {
    this.texts = texts;
    this.cms = cms;
    this.roots = roots;
    this.keys = keys;
    this.properties = properties;
  }

  /**
   * @param jws the stored compact JWS
   * @param signature the stored CMS and signer of the document, if any
   * @param issuedAt when the document was made: the time of signing for a document that recorded
   *     none
   */
  public DocumentCheck check(String jws, Optional<DocumentSignature> signature, Instant issuedAt) {
    JWSObject parsed;
    try {
      parsed = JWSObject.parse(jws);
    } catch (ParseException e) {
      return new DocumentCheck(
          signature.map(DocumentSignature::signer).orElse(null),
          null,
          verdict(false, "not-a-jws"),
          null);
    }
    Signer signer = signature.map(DocumentSignature::signer).orElse(null);
    Instant at = signer != null ? signer.signedAt() : issuedAt;
    byte[] content = parsed.getPayload().toBytes();
    DocumentCheck.Verdict cmsVerdict =
        signature.map(s -> checkCms(content, s.cms(), s.signer())).orElse(null);
    List<Base64> x5c = parsed.getHeader().getX509CertChain();
    if (x5c == null || x5c.isEmpty()) {
      return new DocumentCheck(signer, cmsVerdict, checkLegacy(parsed), null);
    }
    List<X509Certificate> chain = x5c.stream().map(b -> Pem.certificate(b.decode())).toList();
    X509Certificate leaf = chain.getFirst();
    CertificateSubject subject = CertificateSubject.of(leaf);
    return new DocumentCheck(
        signer, cmsVerdict, checkSeal(parsed, chain, subject, at), sealerOf(leaf));
  }

  /**
   * The certificate that sealed {@code jws} (the first of its {@code x5c}), as the permit prints it
   * in box 6; empty for a document without a chain (a legacy key) or that is no JWS. Says who
   * sealed, not whether the seal holds: {@link #check} judges that.
   */
  public Optional<DocumentCheck.Sealer> sealerOf(String jws) {
    try {
      List<Base64> x5c = JWSObject.parse(jws).getHeader().getX509CertChain();
      return x5c == null || x5c.isEmpty()
          ? Optional.empty()
          : Optional.of(sealerOf(Pem.certificate(x5c.getFirst().decode())));
    } catch (ParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static DocumentCheck.Sealer sealerOf(X509Certificate leaf) {
    CertificateSubject subject = CertificateSubject.of(leaf);
    return new DocumentCheck.Sealer(
        subject.organisation() != null ? subject.organisation() : subject.commonName(),
        subject.bin(),
        Certificates.serialOf(leaf));
  }

  private DocumentCheck.Verdict checkCms(byte[] content, byte[] der, Signer signer) {
    try {
      CmsVerifier.Verified verified = cms.verify(content, der, signer.signedAt());
      if (!Certificates.serialOf(verified.certificate()).equals(signer.certificateSerial())) {
        return verdict(false, "another-certificate");
      }
      return signer.iin() != null
          ? verdict(true, "signed.iin", signer.certificateSerial(), signer.iin())
          : verdict(true, "signed.bin", signer.certificateSerial(), signer.bin());
    } catch (EdsException e) {
      return verdict(false, "eds." + e.reason());
    }
  }

  private DocumentCheck.Verdict checkSeal(
      JWSObject jws, List<X509Certificate> chain, CertificateSubject subject, Instant at) {
    X509Certificate leaf = chain.getFirst();
    try {
      Certificates.requireValidAt(leaf, at);
      roots.requireChain(leaf, chain, at);
    } catch (EdsException e) {
      return verdict(false, "eds." + e.reason());
    }
    if (!properties.organisationBin().equals(subject.bin())) {
      return verdict(false, "another-organisation");
    }
    Base64URL thumbprint = jws.getHeader().getX509CertSHA256Thumbprint();
    if (thumbprint != null && !thumbprint.equals(DocumentSigner.thumbprint(leaf))) {
      return verdict(false, "thumbprint-mismatch");
    }
    try {
      if (leaf.getPublicKey() instanceof ECPublicKey key && jws.verify(verifier(key))) {
        return verdict(true, "sealed", Certificates.serialOf(leaf), subject.bin());
      }
    } catch (Exception e) {
      // a key or signature that cannot be read is a signature that does not verify
    }
    return verdict(false, "signature-mismatch");
  }

  /** The seal's ES256 checked by the same provider as every other signature (platform/eds). */
  private static ECDSAVerifier verifier(ECPublicKey key) throws JOSEException {
    ECDSAVerifier verifier = new ECDSAVerifier(key);
    verifier.getJCAContext().setProvider(VerifyingProvider.get());
    return verifier;
  }

  private DocumentCheck.Verdict checkLegacy(JWSObject jws) {
    String kid = jws.getHeader().getKeyID();
    Optional<JWK> key = kid == null ? Optional.empty() : keys.legacy(kid);
    try {
      if (key.isPresent() && jws.verify(verifier(key.get().toECKey().toECPublicKey()))) {
        return verdict(true, "legacy-key", kid);
      }
    } catch (Exception e) {
      // as above
    }
    return verdict(false, "no-key");
  }

  /** A verdict with its code, and its words in the caller's language. */
  private DocumentCheck.Verdict verdict(boolean valid, String code, Object... args) {
    return new DocumentCheck.Verdict(valid, code, texts.text("signature-check." + code, args));
  }
}
