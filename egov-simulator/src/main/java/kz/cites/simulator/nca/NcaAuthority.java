package kz.cites.simulator.nca;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.cites.simulator.SimulatorProperties;
import kz.cites.simulator.persona.LegalEntity;
import kz.cites.simulator.persona.Persona;
import kz.cites.simulator.state.SimulatorState;
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
 * The simulated National Certification Authority: a root ({@link NcaRoot}, in memory or kept in a
 * PKCS#12 file across restarts) issues each persona a signing certificate the way NCA RK names its
 * subjects ({@code SERIALNUMBER=IIN…}, and {@code OU=BIN…} for a company key), issues organisations
 * a certificate for their own key on a PKCS#10 request ({@code O}, {@code OU=BIN…}, {@code CN}),
 * and signs payloads on a persona's behalf as the portal's signing component or the NCA's remote
 * signing would: a detached CMS with the signing time and the certificate. EC P-256 stands in for
 * GOST 34.310; the verification on the relying party's side is real cryptography either way.
 *
 * <p>It also keeps the revocation status of what it issued, for its OCSP responder ({@link
 * OcspResponder}): a test can revoke a persona's current certificates and restore them. Issued
 * certificates (with the personas' keys) and revocations are kept in the simulator's state folder
 * ({@link NcaJournal}) before anyone learns of them, so a restarted NCA signs with the same
 * certificates and answers OCSP as before; without a state folder they live in memory only (then a
 * restarted NCA issues the personas new ones; serials are random, so never the same serial). A
 * revoked certificate stays the persona's certificate: signing goes on with it, so that a relying
 * party can be shown refusing it.
 */
@Component
class NcaAuthority {

  private static final Duration CERTIFICATE_LIFETIME = Duration.ofDays(365);

  private final Clock clock;
  private final String ocspUrl;
  private final NcaRoot root;
  private final Map<String, Holder> holders = new ConcurrentHashMap<>();
  private final Map<BigInteger, Issued> bySerial = new ConcurrentHashMap<>();
  private final Map<BigInteger, Revocation> revocations = new ConcurrentHashMap<>();
  private final NcaJournal journal;

  /** A persona's key and certificate, issued on first use. */
  private record Holder(String iin, String bin, KeyPair keys, X509Certificate certificate) {}

  /** A certificate this NCA issued, and whom to: a person (and company) or an organisation. */
  private record Issued(String iin, String bin, X509Certificate certificate) {}

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
  NcaAuthority(SimulatorProperties properties, SimulatorState state) {
    this(
        Clock.systemUTC(),
        properties.nca().ocspUrl(),
        root(properties.nca(), state, Clock.systemUTC()),
        state);
  }

  NcaAuthority(Clock clock) {
    this(clock, "http://localhost:8090/sim/nca/ocsp", NcaRoot.generate(clock));
  }

  NcaAuthority(Clock clock, String ocspUrl, NcaRoot root) {
    this(clock, ocspUrl, root, SimulatorState.inMemory());
  }

  NcaAuthority(Clock clock, String ocspUrl, NcaRoot root, SimulatorState state) {
    this.clock = clock;
    this.ocspUrl = ocspUrl;
    this.root = root;
    this.journal = new NcaJournal(state);
    journal.replayIssued(
        (iin, bin, certificate, key) -> {
          bySerial.put(certificate.getSerialNumber(), new Issued(iin, bin, certificate));
          if (key != null) {
            holders.put(
                holderKey(iin, bin),
                new Holder(iin, bin, new KeyPair(certificate.getPublicKey(), key), certificate));
          }
        });
    journal.replayRevocations(revocations);
  }

  /**
   * The root kept in {@code cites.simulator.nca.keystore}, else in the state folder's {@code
   * nca/root.p12} when there is one, else a new one in memory.
   */
  private static NcaRoot root(SimulatorProperties.Nca settings, SimulatorState state, Clock clock) {
    char[] password = settings.keystorePassword().toCharArray();
    if (settings.keystore() != null && !settings.keystore().isBlank()) {
      return NcaRoot.loadOrCreate(Path.of(settings.keystore().strip()), password, clock);
    }
    return state
        .directory()
        .map(folder -> NcaRoot.loadOrCreate(folder.resolve("nca/root.p12"), password, clock))
        .orElseGet(() -> NcaRoot.generate(clock));
  }

  X509Certificate root() {
    return root.certificate();
  }

  /** The root key: the OCSP responder signs its answers with it. */
  PrivateKey rootKey() {
    return root.key();
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * Revokes the persona's current certificates now: the personal key and, when the persona acts for
   * a company, the company key (each issued first if it never was, so that it is the one signing
   * from now on). Revoking again keeps the first revocation.
   */
  synchronized List<RevokedCertificate> revoke(Persona persona, RevocationReason reason) {
    // whole seconds: what OCSP's GeneralizedTime carries, so both answers say the same time
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<RevokedCertificate> revoked = new ArrayList<>();
    for (Holder holder : holdersOf(persona)) {
      BigInteger serial = holder.certificate().getSerialNumber();
      Revocation revocation = revocations.get(serial);
      if (revocation == null) {
        revocation = new Revocation(now, reason);
        journal.revoked(serial, revocation);
        revocations.put(serial, revocation);
      }
      revoked.add(report(bySerial.get(serial), revocation));
    }
    return revoked;
  }

  /** Takes back every revocation of the persona's certificates; answers how many there were. */
  synchronized int restore(Persona persona) {
    int restored = 0;
    for (Holder holder : holdersOf(persona)) {
      BigInteger serial = holder.certificate().getSerialNumber();
      if (revocations.containsKey(serial)) {
        journal.restored(serial, clock.instant());
        revocations.remove(serial);
        restored++;
      }
    }
    return restored;
  }

  /** Takes back every revocation. */
  synchronized void restoreAll() {
    journal.allRestored(clock.instant());
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

  private static RevokedCertificate report(Issued issued, Revocation revocation) {
    return new RevokedCertificate(
        issued.certificate().getSerialNumber().toString(16),
        issued.iin(),
        issued.bin(),
        revocation.revokedAt(),
        revocation.reason());
  }

  String rootPem() {
    return pem(List.of(root.certificate()));
  }

  /** Concatenated PEM blocks of {@code certificates}, in order. */
  static String pem(List<X509Certificate> certificates) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
      for (X509Certificate certificate : certificates) {
        pem.writeObject(certificate);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /** The persona's certificate for signing as itself, or for {@code bin} when acting for it. */
  X509Certificate certificateOf(Persona persona, String bin) {
    return holderOf(persona, bin).certificate();
  }

  /**
   * A certificate for an organisation's own key (the one of a PKCS#10 request whose proof of
   * possession the caller checked), naming the organisation as NCA RK names legal entities: {@code
   * C=KZ, O=<name>, OU=BIN<bin>, CN=<name>}, with the registry's name, not the request's (cut to
   * the 64 characters X.520 allows). Valid for a year, for signatures (digital signature,
   * non-repudiation), with the OCSP address in its AIA.
   */
  X509Certificate issueForOrganisation(LegalEntity organisation, PublicKey key) {
    String name = upTo64(organisation.name());
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "KZ")
            .addRDN(BCStyle.O, name)
            .addRDN(BCStyle.OU, "BIN" + organisation.bin())
            .addRDN(BCStyle.CN, name)
            .build();
    Instant now = clock.instant();
    X509Certificate certificate =
        certificate(subject, key, now.minus(Duration.ofDays(1)), now.plus(CERTIFICATE_LIFETIME));
    journal.issuedToOrganisation(organisation.bin(), certificate);
    bySerial.put(certificate.getSerialNumber(), new Issued(null, organisation.bin(), certificate));
    return certificate;
  }

  /** ub-common-name and ub-organization-name of RFC 5280: 64 characters. */
  private static String upTo64(String name) {
    return name.length() <= 64 ? name : name.substring(0, 64).strip();
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
                  new JcaContentSignerBuilder(NcaRoot.SIGNATURE_ALGORITHM)
                      .build(holder.keys().getPrivate()),
                  holder.certificate()));
      generator.addCertificates(new JcaCertStore(List.of(holder.certificate())));
      byte[] cms = generator.generate(new CMSProcessableByteArray(payload), false).getEncoded();
      return Base64.getEncoder().encodeToString(cms);
    } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Could not sign", e);
    }
  }

  private static String holderKey(String iin, String bin) {
    return iin + "/" + (bin == null ? "" : bin);
  }

  private Holder holderOf(Persona persona, String bin) {
    return holders.computeIfAbsent(
        holderKey(persona.iin(), bin),
        k -> {
          Holder issued = issue(persona, bin);
          // kept before it signs anything: a restarted NCA signs with the same certificate
          journal.issuedToPersona(issued.iin(), issued.bin(), issued.keys(), issued.certificate());
          bySerial.put(
              issued.certificate().getSerialNumber(),
              new Issued(issued.iin(), issued.bin(), issued.certificate()));
          return issued;
        });
  }

  private Holder issue(Persona persona, String bin) {
    KeyPair keys = NcaRoot.newKeys();
    X500NameBuilder subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "KZ")
            .addRDN(
                BCStyle.CN,
                (persona.name().lastName() + " " + persona.name().firstName())
                    .toUpperCase(Locale.ROOT))
            .addRDN(BCStyle.SERIALNUMBER, "IIN" + persona.iin());
    if (bin != null) {
      subject.addRDN(BCStyle.OU, "BIN" + bin);
    }
    Instant now = clock.instant();
    X509Certificate certificate =
        certificate(
            subject.build(),
            keys.getPublic(),
            now.minus(Duration.ofDays(1)),
            now.plus(CERTIFICATE_LIFETIME));
    return new Holder(persona.iin(), bin, keys, certificate);
  }

  /** An end-entity signing certificate issued by the root, with a random serial. */
  private X509Certificate certificate(
      X500Name subject, PublicKey key, Instant notBefore, Instant notAfter) {
    try {
      var builder =
          new JcaX509v3CertificateBuilder(
              X500Name.getInstance(root.certificate().getSubjectX500Principal().getEncoded()),
              NcaRoot.newSerial(),
              Date.from(notBefore),
              Date.from(notAfter),
              subject,
              key);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      // where relying parties ask whether it is revoked, as NCA RK certificates say it
      builder.addExtension(
          Extension.authorityInfoAccess,
          false,
          new AuthorityInformationAccess(
              AccessDescription.id_ad_ocsp,
              new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl)));
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder(NcaRoot.SIGNATURE_ALGORITHM).build(root.key())));
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("Could not issue a certificate for " + subject, e);
    }
  }
}
