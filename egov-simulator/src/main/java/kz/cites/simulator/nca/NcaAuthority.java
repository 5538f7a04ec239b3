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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kz.cites.simulator.SimulatorProperties;
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
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The simulated National Certification Authority: a root generated at start-up issues each persona
 * a signing certificate the way NCA RK names its subjects ({@code SERIALNUMBER=IIN…}, and {@code
 * OU=BIN…} for a company key), and signs payloads on the persona's behalf as the portal's signing
 * component would: a detached CMS with the signing time and the certificate. EC P-256 stands in for
 * GOST 34.310; the verification on our side is real cryptography either way.
 *
 * <p>It also keeps the revocation status of what it issued, for its OCSP responder ({@link
 * OcspResponder}): a test can revoke a persona's current certificates and restore them. Issued
 * certificates and revocations live in memory only (like the keys, they are gone after a restart).
 * A revoked certificate stays the persona's certificate: signing goes on with it, so that a relying
 * party can be shown refusing it.
 */
@Component
class NcaAuthority {

  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
  private static final Duration CERTIFICATE_LIFETIME = Duration.ofDays(365);

  private final Clock clock;
  private final String ocspUrl;
  private final AtomicLong serials = new AtomicLong(1);
  private final KeyPair rootKeys;
  private final X509Certificate root;
  private final Map<String, Holder> holders = new ConcurrentHashMap<>();
  private final Map<BigInteger, Holder> bySerial = new ConcurrentHashMap<>();
  private final Map<BigInteger, Revocation> revocations = new ConcurrentHashMap<>();

  /** A persona's key and certificate, issued on first use. */
  private record Holder(String iin, String bin, KeyPair keys, X509Certificate certificate) {}

  /** When and why the NCA revoked a certificate. */
  record Revocation(Instant revokedAt, RevocationReason reason) {}

  /** A revoked certificate, as the revocation switch reports it. */
  record RevokedCertificate(
      String serialNumber, String iin, String bin, Instant revokedAt, RevocationReason reason) {}

  /** What the NCA says of a certificate serial number it is asked about. */
  sealed interface Status {
    record Good() implements Status {}

    record Revoked(Revocation revocation) implements Status {}

    /** Not a certificate this NCA issued. */
    record Unknown() implements Status {}
  }

  @Autowired
  NcaAuthority(SimulatorProperties properties) {
    this(Clock.systemUTC(), properties.nca().ocspUrl());
  }

  NcaAuthority(Clock clock) {
    this(clock, "http://localhost:8090/sim/nca/ocsp");
  }

  NcaAuthority(Clock clock, String ocspUrl) {
    this.clock = clock;
    this.ocspUrl = ocspUrl;
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

  /** The root key: the OCSP responder signs its answers with it. */
  PrivateKey rootKey() {
    return rootKeys.getPrivate();
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * Revokes the persona's current certificates now: the personal key and, when the persona acts for
   * a company, the company key (each issued first if it never was, so that it is the one signing
   * from now on). Revoking again keeps the first revocation.
   */
  List<RevokedCertificate> revoke(Persona persona, RevocationReason reason) {
    // whole seconds: what OCSP's GeneralizedTime carries, so both answers say the same time
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<RevokedCertificate> revoked = new ArrayList<>();
    for (Holder holder : holdersOf(persona)) {
      Revocation revocation =
          revocations.computeIfAbsent(
              holder.certificate().getSerialNumber(), serial -> new Revocation(now, reason));
      revoked.add(report(holder, revocation));
    }
    return revoked;
  }

  /** Takes back every revocation of the persona's certificates; answers how many there were. */
  int restore(Persona persona) {
    int restored = 0;
    for (Holder holder : holdersOf(persona)) {
      if (revocations.remove(holder.certificate().getSerialNumber()) != null) {
        restored++;
      }
    }
    return restored;
  }

  /** Takes back every revocation. */
  void restoreAll() {
    revocations.clear();
  }

  /** Every revoked certificate, by serial number. */
  List<RevokedCertificate> revoked() {
    return revocations.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> report(bySerial.get(e.getKey()), e.getValue()))
        .toList();
  }

  /** The status of the certificate with {@code serial}, as the OCSP responder answers it. */
  Status status(BigInteger serial) {
    if (!bySerial.containsKey(serial)) {
      return new Status.Unknown();
    }
    return Optional.ofNullable(revocations.get(serial))
        .<Status>map(Status.Revoked::new)
        .orElseGet(Status.Good::new);
  }

  /** The persona's personal certificate holder, then the company key's when it acts for one. */
  private List<Holder> holdersOf(Persona persona) {
    List<Holder> own = new ArrayList<>();
    own.add(holderOf(persona, null));
    if (persona.bin() != null) {
      own.add(holderOf(persona, persona.bin()));
    }
    return own;
  }

  private static RevokedCertificate report(Holder holder, Revocation revocation) {
    return new RevokedCertificate(
        holder.certificate().getSerialNumber().toString(16),
        holder.iin(),
        holder.bin(),
        revocation.revokedAt(),
        revocation.reason());
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
    return holders.computeIfAbsent(
        key,
        k -> {
          Holder issued = issue(persona, bin);
          bySerial.put(issued.certificate().getSerialNumber(), issued);
          return issued;
        });
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
    return new Holder(persona.iin(), bin, keys, certificate);
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
      if (!authority) {
        // where relying parties ask whether it is revoked, as NCA RK certificates say it
        builder.addExtension(
            Extension.authorityInfoAccess,
            false,
            new AuthorityInformationAccess(
                AccessDescription.id_ad_ocsp,
                new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl)));
      }
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
