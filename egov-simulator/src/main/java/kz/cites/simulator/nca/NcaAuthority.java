package kz.cites.simulator.nca;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kz.cites.simulator.persona.Persona;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * The simulated National Certification Authority: a root generated at start-up issues each persona
 * a signing certificate the way NCA RK names its subjects ({@code SERIALNUMBER=IIN…}, and {@code
 * OU=BIN…} for a company key), and signs payloads on the persona's behalf as the portal's signing
 * component would: a detached CMS with the signing time and the certificate. EC P-256 stands in for
 * GOST 34.310; the verification on our side is real cryptography either way.
 */
@Component
class NcaAuthority {

  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
  private static final Duration CERTIFICATE_LIFETIME = Duration.ofDays(365);

  private final Clock clock;
  private final AtomicLong serials = new AtomicLong(1);
  private final KeyPair rootKeys;
  private final X509Certificate root;
  private final Map<String, Holder> holders = new ConcurrentHashMap<>();

  /** A persona's key and certificate, issued on first use. */
  private record Holder(KeyPair keys, X509Certificate certificate) {}

  NcaAuthority() {
    this(Clock.systemUTC());
  }

  NcaAuthority(Clock clock) {
    this.clock = clock;
    this.rootKeys = newKeys();
    X500Name rootName =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "KZ")
            .addRDN(BCStyle.O, "egov-simulator")
            .addRDN(BCStyle.CN, "Simulated NCA Root")
            .build();
    Instant now = clock.instant();
    this.root =
        certificate(
            rootName,
            rootName,
            rootKeys.getPublic(),
            now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(3650)),
            true);
  }

  X509Certificate root() {
    return root;
  }

  String rootPem() {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
      pem.writeObject(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /** The persona's certificate for signing as itself, or for {@code bin} when acting for it. */
  X509Certificate certificateOf(Persona persona, String bin) {
    return holderOf(persona, bin).certificate();
  }

  /** Base64 of a detached CMS SignedData over {@code payload}, signed now by the persona's key. */
  String sign(Persona persona, String bin, byte[] payload) {
    Holder holder = holderOf(persona, bin);
    try {
      ASN1EncodableVector signed = new ASN1EncodableVector();
      signed.add(
          new Attribute(
              CMSAttributes.signingTime, new DERSet(new Time(Date.from(clock.instant())))));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(signed)))
              .build(
                  new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
                      .build(holder.keys().getPrivate()),
                  holder.certificate()));
      generator.addCertificates(new JcaCertStore(List.of(holder.certificate())));
      byte[] cms = generator.generate(new CMSProcessableByteArray(payload), false).getEncoded();
      return Base64.getEncoder().encodeToString(cms);
    } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Could not sign", e);
    }
  }

  private Holder holderOf(Persona persona, String bin) {
    String key = persona.iin() + "/" + (bin == null ? "" : bin);
    return holders.computeIfAbsent(key, k -> issue(persona, bin));
  }

  private Holder issue(Persona persona, String bin) {
    KeyPair keys = newKeys();
    X500NameBuilder subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "KZ")
            .addRDN(
                BCStyle.CN,
                (persona.name().lastName() + " " + persona.name().firstName())
                    .toUpperCase(java.util.Locale.ROOT))
            .addRDN(BCStyle.SERIALNUMBER, "IIN" + persona.iin());
    if (bin != null) {
      subject.addRDN(BCStyle.OU, "BIN" + bin);
    }
    Instant now = clock.instant();
    X509Certificate certificate =
        certificate(
            X500Name.getInstance(root.getSubjectX500Principal().getEncoded()),
            subject.build(),
            keys.getPublic(),
            now.minus(Duration.ofDays(1)),
            now.plus(CERTIFICATE_LIFETIME),
            false);
    return new Holder(keys, certificate);
  }

  private X509Certificate certificate(
      X500Name issuer,
      X500Name subject,
      PublicKey key,
      Instant notBefore,
      Instant notAfter,
      boolean authority) {
    // every certificate, the root itself included, is signed with the root key
    PrivateKey issuerKey = rootKeys.getPrivate();
    try {
      var builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              BigInteger.valueOf(serials.getAndIncrement()),
              Date.from(notBefore),
              Date.from(notAfter),
              subject,
              key);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(
              authority
                  ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                  : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey)));
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("Could not issue a certificate for " + subject, e);
    }
  }

  private static KeyPair newKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
