package kz.cites.eds;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** A root made for the test and the certificates it issues: real keys, real signatures. */
final class TestCa {

  private static final AtomicLong SERIAL = new AtomicLong(1000);

  final KeyPair rootKeys = keys();
  final X509Certificate root;

  record Holder(KeyPair keys, X509Certificate certificate) {}

  TestCa(String name) {
    X500Name subject = new X500Name("C=KZ, CN=" + name);
    root =
        issue(
            subject,
            subject,
            rootKeys,
            rootKeys,
            Instant.parse("2020-01-01T00:00:00Z"),
            Instant.parse("2040-01-01T00:00:00Z"),
            true);
  }

  Holder person(String iin, Instant notBefore, Instant notAfter) {
    KeyPair keys = keys();
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "KZ")
            .addRDN(BCStyle.CN, "ЖҰМАБАЕВА ГҮЛНАРА")
            .addRDN(BCStyle.SERIALNUMBER, "IIN" + iin)
            .build();
    return new Holder(
        keys, issue(issuerName(), subject, keys, rootKeys, notBefore, notAfter, false));
  }

  Holder organisation(String name, String bin) {
    KeyPair keys = keys();
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "KZ")
            .addRDN(BCStyle.O, name)
            .addRDN(BCStyle.OU, "BIN" + bin)
            .addRDN(BCStyle.CN, name)
            .build();
    return new Holder(
        keys,
        issue(
            issuerName(),
            subject,
            keys,
            rootKeys,
            Instant.parse("2025-01-01T00:00:00Z"),
            Instant.parse("2030-01-01T00:00:00Z"),
            false));
  }

  /** A detached CMS over {@code content} by {@code holder}, its certificate inside. */
  static byte[] sign(Holder holder, byte[] content) {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(holder.keys().getPrivate()),
                  holder.certificate()));
      generator.addCertificates(new JcaCertStore(List.of(holder.certificate())));
      return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private X500Name issuerName() {
    return X500Name.getInstance(root.getSubjectX500Principal().getEncoded());
  }

  private static X509Certificate issue(
      X500Name issuer,
      X500Name subject,
      KeyPair subjectKeys,
      KeyPair issuerKeys,
      Instant notBefore,
      Instant notAfter,
      boolean authority) {
    try {
      var builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              Date.from(notBefore),
              Date.from(notAfter),
              subject,
              subjectKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
