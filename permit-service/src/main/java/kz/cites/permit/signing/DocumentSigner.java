package kz.cites.permit.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import kz.cites.eds.CertificateSubject;
import kz.cites.eds.Certificates;
import kz.cites.eds.CmsVerifier;
import kz.cites.eds.EdsException;
import kz.cites.eds.Pem;
import kz.cites.permit.signing.domain.DocumentSignature;
import kz.cites.permit.signing.domain.DocumentSignatureRepository;
import kz.cites.permit.signing.domain.Nca;
import kz.cites.permit.signing.domain.Signer;
import kz.cites.permit.web.ApiProblem;
import kz.cites.web.ProblemException;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs a result (a permit, a refusal) the way domain.md section 5 ("Who signs") requires, over the
 * document's canonical bytes ({@link CanonicalJson}):
 *
 * <ul>
 *   <li>a detached CMS by the signatory: the deciding officer's own NCA certificate, through the
 *       NCA's remote signing with the officer's token of the request; for an automatic result the
 *       authority's organisation certificate ({@link AuthoritySeal}), locally. The CMS is verified
 *       here (chain to the NCA root now, and an officer's certificate naming that officer's IIN)
 *       before anything is kept;
 *   <li>a compact JWS (ES256) sealed with the organisation key, whose header carries the chain
 *       ({@code x5c}: the seal's certificate, the NCA root), {@code kid} (the certificate's serial)
 *       and {@code x5t#S256}, so that a machine with nothing but the NCA root verifies it offline.
 * </ul>
 *
 * When an officer's signature cannot be had the decision is not taken: a problem is thrown, and the
 * caller's transaction rolls back whatever it had changed.
 */
@Component
public class DocumentSigner {

  private static final Logger log = LoggerFactory.getLogger(DocumentSigner.class);

  /** {@code typ} of our documents, e.g. {@code cites-permit+json}. */
  public static final String PERMIT_TYPE = "cites-permit+json";

  public static final String REFUSAL_TYPE = "cites-refusal+json";

  /** A customs endorsement of a permit (box 14), signed by the customs officer. */
  public static final String ENDORSEMENT_TYPE = "cites-endorsement+json";

  private final CanonicalJson canonical;
  private final AuthoritySeal seal;
  private final Nca nca;
  private final CmsVerifier verifier;
  private final DocumentSignatureRepository signatures;
  private final Clock clock;

  DocumentSigner(
      CanonicalJson canonical,
      AuthoritySeal seal,
      Nca nca,
      CmsVerifier verifier,
      DocumentSignatureRepository signatures,
      Clock clock) {
    this.canonical = canonical;
    this.seal = seal;
    this.nca = nca;
    this.verifier = verifier;
    this.signatures = signatures;
    this.clock = clock;
  }

  /**
   * Signs {@code document} of {@code applicationId} for {@code signatory}: keeps the CMS and who
   * signed (table {@code document_signature}) in the caller's transaction, and answers the sealed
   * JWS, which the caller keeps with the document.
   *
   * @param type the JWS {@code typ}, {@link #PERMIT_TYPE}, {@link #REFUSAL_TYPE} or {@link
   *     #ENDORSEMENT_TYPE}; one document of each type per application
   * @throws ProblemException {@code officer-signature-refused} (403) when the NCA does not accept
   *     the officer's token, {@code signature-service-unavailable} (503) when the NCA cannot be
   *     reached or gives no valid signature of the officer
   */
  public String sign(UUID applicationId, Object document, String type, Signatory signatory) {
    byte[] content = canonical.bytes(document);
    Instant now = clock.instant();
    AuthoritySeal.Seal sealNow = seal.current();
    Cms cms =
        switch (signatory) {
          case Signatory.Officer officer -> officersSignature(officer, content, now);
          case Signatory.Authority authority -> sealsSignature(sealNow, content, now);
        };
    signatures.save(
        new DocumentSignature(
            applicationId, type, cms.der(), signerOf(signatory, cms.verified(), now)));
    return jws(sealNow, content, type);
  }

  /** A detached CMS and what its verification found. */
  private record Cms(byte[] der, CmsVerifier.Verified verified) {}

  private Cms officersSignature(Signatory.Officer officer, byte[] content, Instant now) {
    if (officer.accessToken() == null || officer.accessToken().isBlank()) {
      throw refused(officer, "no-token");
    }
    byte[] cms;
    try {
      cms = nca.signFor(officer.accessToken(), content);
    } catch (Nca.TokenRefused e) {
      log.warn("The NCA refused to sign for officer {}: {}", officer.iin(), e.getMessage());
      throw refused(officer, "refused");
    } catch (Nca.Unavailable e) {
      log.warn("No signature of officer {} from the NCA: {}", officer.iin(), e.getMessage());
      throw unavailable(officer, "unreachable");
    }
    CmsVerifier.Verified verified;
    try {
      verified = verifier.verify(content, cms, now);
      if (!officer.iin().equals(verified.subject().iin())) {
        log.warn(
            "The NCA signed for IIN {} instead of officer {}",
            verified.subject().iin(),
            officer.iin());
        throw unavailable(officer, "not-officer");
      }
    } catch (EdsException e) {
      log.warn("The NCA's signature for officer {} does not hold: {}", officer.iin(), e.reason());
      throw unavailable(officer, "invalid", e.reason());
    }
    return new Cms(cms, verified);
  }

  /** {@code why}: the name of the detail, {@code problem.officer-signature-refused.detail.*}. */
  private static ProblemException refused(Signatory.Officer officer, String why) {
    return ApiProblem.OFFICER_SIGNATURE_REFUSED
        .detail(why, officer.iin())
        .with("officer", officer.iin());
  }

  /** {@code why}: the detail, {@code problem.signature-service-unavailable.detail.*}. */
  private static ProblemException unavailable(
      Signatory.Officer officer, String why, Object... more) {
    return ApiProblem.SIGNATURE_SERVICE_UNAVAILABLE
        .detail(why, more)
        .with("officer", officer.iin());
  }

  /**
   * The seal's own detached CMS: signing time, its certificate (and the chain) inside; checked like
   * any other before it is kept.
   */
  private Cms sealsSignature(AuthoritySeal.Seal seal, byte[] content, Instant now) {
    byte[] cms;
    try {
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      attributes.add(
          new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(now)))));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
              .build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(seal.key()),
                  seal.certificate()));
      generator.addCertificates(new JcaCertStore(seal.chain()));
      cms = generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot sign with the authority's seal", e);
    }
    try {
      return new Cms(cms, verifier.verify(content, cms, now));
    } catch (EdsException e) {
      throw new IllegalStateException(
          "The authority's seal does not verify against the trusted NCA root: " + e.getMessage(),
          e);
    }
  }

  private static Signer signerOf(Signatory signatory, CmsVerifier.Verified verified, Instant now) {
    CertificateSubject subject = verified.subject();
    String serial = Certificates.serialOf(verified.certificate());
    return switch (signatory) {
      case Signatory.Officer officer ->
          new Signer(Signer.Role.OFFICER, subject.commonName(), subject.iin(), null, serial, now);
      case Signatory.Authority authority ->
          new Signer(
              Signer.Role.AUTHORITY,
              subject.organisation() != null ? subject.organisation() : subject.commonName(),
              null,
              subject.bin(),
              serial,
              now);
    };
  }

  /** The compact JWS of the seal over {@code content}, its chain in {@code x5c}. */
  private static String jws(AuthoritySeal.Seal seal, byte[] content, String type) {
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType(type))
                .contentType("application/json")
                .keyID(seal.serial())
                .x509CertChain(x5c(seal.chain()))
                .x509CertSHA256Thumbprint(thumbprint(seal.certificate()))
                .build(),
            new Payload(content));
    try {
      jws.sign(new ECDSASigner(seal.key()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot seal the document", e);
    }
    return jws.serialize();
  }

  private static List<Base64> x5c(List<X509Certificate> chain) {
    return chain.stream().map(c -> Base64.encode(Pem.der(c))).toList();
  }

  static Base64URL thumbprint(X509Certificate certificate) {
    try {
      return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(Pem.der(certificate)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
