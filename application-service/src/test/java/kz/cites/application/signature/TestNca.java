package kz.cites.application.signature;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A test NCA: the root of {@code nca/test-root.pem} (trusted in the test configuration) issues
 * persona certificates the way NCA RK does (SERIALNUMBER=IIN…, OU=BIN…) and signs detached CMS.
 * Each persona certificate names the NCA's OCSP responder in its AIA extension: by default {@link
 * #ocsp()}, an in-JVM responder started on first use (the test configuration leaves {@code
 * cites.signature.ocsp.url} blank so that the service asks it), which answers good unless told that
 * a certificate is revoked.
 */
public final class TestNca {

  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());
  private static final X509Certificate ROOT;
  private static final PrivateKey ROOT_KEY;

  static {
    try {
      ROOT = kz.cites.eds.Pem.certificates(resource("nca/test-root.pem")).getFirst();
      String pem = new String(resource("nca/test-root-key.pem"), StandardCharsets.US_ASCII);
      byte[] der =
          Base64.getMimeDecoder()
              .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
      ROOT_KEY = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private TestNca() {}

  /** Started on first use, kept for the JVM: the responder the persona certificates name. */
  private static final class Shared {
    static final TestOcspResponder RESPONDER = responder();
  }

  /** The OCSP responder every certificate of {@link #persona} names (unless told otherwise). */
  public static TestOcspResponder ocsp() {
    return Shared.RESPONDER;
  }

  /** A new responder of this NCA, signing with the root key; close it after the test. */
  public static TestOcspResponder responder() {
    return TestOcspResponder.signedBy(ROOT, ROOT_KEY);
  }

  /** A new responder signing with a delegated OCSP-signing certificate the root issued. */
  public static TestOcspResponder delegatedResponder() {
    try {
      KeyPair keys = keys();
      var builder =
          new JcaX509v3CertificateBuilder(
              X500Name.getInstance(ROOT.getSubjectX500Principal().getEncoded()),
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              ROOT.getNotBefore(),
              ROOT.getNotAfter(),
              new X500Name("C=KZ, CN=TEST NCA OCSP"),
              keys.getPublic());
      builder.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(ROOT_KEY)));
      return TestOcspResponder.delegated(ROOT, certificate, keys.getPrivate());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A key no NCA certified. */
  static PrivateKey strangerKey() {
    try {
      return keys().getPrivate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A certificate of {@code iin} (and {@code bin}) valid around {@code at}, signed by the root. */
  public record Persona(KeyPair keys, X509Certificate certificate) {}

  public static Persona persona(String iin, String bin, Instant notBefore, Instant notAfter) {
    return persona(iin, bin, notBefore, notAfter, ocsp().url());
  }

  /** A persona whose certificate names {@code ocspUrl} in its AIA, or no responder when null. */
  public static Persona persona(
      String iin, String bin, Instant notBefore, Instant notAfter, String ocspUrl) {
    return issue(iin, bin, notBefore, notAfter, ROOT_KEY, ROOT, ocspUrl);
  }

  /** A persona whose certificate is issued by a root nobody trusts. */
  public static Persona untrusted(String iin, Instant at) throws Exception {
    KeyPair otherRoot = keys();
    X509Certificate other =
        certificate(
            new X500Name("CN=Other Root"),
            new X500Name("CN=Other Root"),
            otherRoot.getPublic(),
            at.minus(Duration.ofDays(1)),
            at.plus(Duration.ofDays(1)),
            otherRoot.getPrivate());
    return issue(
        iin,
        null,
        at.minus(Duration.ofDays(1)),
        at.plus(Duration.ofDays(1)),
        otherRoot.getPrivate(),
        other,
        null);
  }

  public static String sign(byte[] payload, String iin, String bin, Instant at) {
    return sign(
        payload,
        persona(iin, bin, at.minus(Duration.ofDays(30)), at.plus(Duration.ofDays(365))),
        at);
  }

  public static String sign(byte[] payload, Persona persona, Instant at) {
    try {
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(at)))));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
              .build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(persona.keys().getPrivate()),
                  persona.certificate()));
      generator.addCertificates(new JcaCertStore(List.of(persona.certificate())));
      return Base64.getEncoder()
          .encodeToString(
              generator.generate(new CMSProcessableByteArray(payload), false).getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Persona issue(
      String iin,
      String bin,
      Instant notBefore,
      Instant notAfter,
      PrivateKey issuerKey,
      X509Certificate issuer,
      String ocspUrl) {
    try {
      KeyPair keys = keys();
      String subject =
          "C=KZ, CN=TEST PERSON, SERIALNUMBER=IIN" + iin + (bin == null ? "" : ", OU=BIN" + bin);
      X509Certificate certificate =
          certificate(
              X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()),
              new X500Name(subject),
              keys.getPublic(),
              notBefore,
              notAfter,
              issuerKey,
              ocspUrl);
      return new Persona(keys, certificate);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate certificate(
      X500Name issuer,
      X500Name subject,
      java.security.PublicKey key,
      Instant notBefore,
      Instant notAfter,
      PrivateKey issuerKey)
      throws Exception {
    return certificate(issuer, subject, key, notBefore, notAfter, issuerKey, null);
  }

  private static X509Certificate certificate(
      X500Name issuer,
      X500Name subject,
      java.security.PublicKey key,
      Instant notBefore,
      Instant notAfter,
      PrivateKey issuerKey,
      String ocspUrl)
      throws Exception {
    var builder =
        new JcaX509v3CertificateBuilder(
            issuer,
            BigInteger.valueOf(SERIAL.incrementAndGet()),
            Date.from(notBefore),
            Date.from(notAfter),
            subject,
            key);
    if (ocspUrl != null) {
      builder.addExtension(
          Extension.authorityInfoAccess,
          false,
          new AuthorityInformationAccess(
              AccessDescription.id_ad_ocsp,
              new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl)));
    }
    var holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey));
    return new JcaX509CertificateConverter().getCertificate(holder);
  }

  private static KeyPair keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = TestNca.class.getClassLoader().getResourceAsStream(name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }
}
