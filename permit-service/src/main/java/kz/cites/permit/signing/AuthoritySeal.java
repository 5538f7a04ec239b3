package kz.cites.permit.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.eds.CertificateSubject;
import kz.cites.eds.Certificates;
import kz.cites.eds.Pem;
import kz.cites.eds.TrustedRoots;
import kz.cites.permit.signing.domain.Nca;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The authority's electronic seal: an EC P-256 key made by permit-service on first need, certified
 * by the NCA for the Committee's BIN (a PKCS#10 request), and kept in table {@code authority_seal}
 * only as a PKCS#12 encrypted with {@code cites.signing.key-password}, beside its public chain. It
 * signs the automatic results (CMS) and every document's JWS. One seal is active; a month before
 * its certificate expires the next signature makes and enrols a new one and retires the old, whose
 * key is then erased (its chain stays, so what it signed stays verifiable).
 *
 * <p>Instances racing to make the seal end with one: the maker holds a transaction-scoped advisory
 * lock, so only one asks the NCA, and the unique index on the active flag is the last guard.
 */
@Component
public class AuthoritySeal {

  private static final Logger log = LoggerFactory.getLogger(AuthoritySeal.class);

  private static final String ALIAS = "authority-seal";

  /** The advisory lock of whoever makes a seal ("SEAL" in ASCII). */
  private static final long MAKER_LOCK = 0x5345414CL;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Nca nca;
  private final TrustedRoots roots;
  private final SigningProperties properties;
  private final TransactionTemplate ownTransaction;
  private volatile Seal cached;

  /**
   * The active seal, decrypted: its private key and its chain (the seal's certificate first, the
   * NCA root last).
   */
  public record Seal(UUID id, ECPrivateKey key, List<X509Certificate> chain) {

    public X509Certificate certificate() {
      return chain.getFirst();
    }

    /** The certificate's serial number as the NCA prints it (hex); the JWS {@code kid}. */
    public String serial() {
      return Certificates.serialOf(certificate());
    }

    @Override
    public String toString() {
      return "Seal[" + serial() + "]"; // never the key
    }
  }

  AuthoritySeal(
      JdbcClient jdbc,
      Clock clock,
      Nca nca,
      TrustedRoots roots,
      SigningProperties properties,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.nca = nca;
    this.roots = roots;
    this.properties = properties;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Makes the seal at start-up when there is none, so that the first automatic result needs no NCA.
   * If the NCA is away, the first signature tries again.
   */
  @EventListener(ApplicationStartedEvent.class)
  void ensureSealAtStart() {
    try {
      current();
    } catch (RuntimeException e) {
      log.warn(
          "No authority seal yet and none could be made now ({}); the first signature will try"
              + " again",
          e.getMessage());
    }
  }

  /**
   * The seal that signs now. Read in the caller's transaction; only when there is none (or its
   * certificate expires within {@code cites.signing.renew-before}) is one made, in a transaction of
   * its own, so that a failed decision does not take the seal along.
   *
   * @throws IllegalStateException when no seal exists and the NCA cannot certify one now, or the
   *     stored seal cannot be decrypted with the configured password
   */
  public Seal current() {
    Instant renewAt = clock.instant().plus(properties.renewBefore());
    return active()
        .filter(seal -> seal.certificate().getNotAfter().toInstant().isAfter(renewAt))
        .orElseGet(() -> ownTransaction.execute(status -> make(renewAt)));
  }

  /** Every seal certificate ever active, newest first, with its chain (public data only). */
  public List<List<X509Certificate>> chains() {
    return jdbc
        .sql("select certificate_chain from authority_seal order by created_at desc")
        .query(String.class)
        .list()
        .stream()
        .map(pem -> Pem.certificates(pem.getBytes(StandardCharsets.US_ASCII)))
        .toList();
  }

  private Seal make(Instant renewAt) {
    jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", MAKER_LOCK).query().singleRow();
    // another instance may have made it while this one waited for the lock
    Optional<Seal> made =
        active().filter(seal -> seal.certificate().getNotAfter().toInstant().isAfter(renewAt));
    if (made.isPresent()) {
      return made.get();
    }
    Instant now = clock.instant();
    KeyPair keys = newKeys();
    List<X509Certificate> chain = nca.enrol(request(keys));
    requireCertifies(chain, keys, now);
    jdbc.sql(
            "update authority_seal set active = false, keystore = null, retired_at = :now"
                + " where active")
        .param("now", Timestamp.from(now))
        .update();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into authority_seal (id, bin, keystore, certificate_chain, certificate_serial,
                not_after, active, created_at)
            values (:id, :bin, :keystore, :chain, :serial, :notAfter, true, :now)
            on conflict do nothing
            """)
        .param("id", id)
        .param("bin", properties.organisationBin())
        .param("keystore", encrypt(keys.getPrivate(), chain))
        .param("chain", Pem.of(chain))
        .param("serial", Certificates.serialOf(chain.getFirst()))
        .param("notAfter", Timestamp.from(chain.getFirst().getNotAfter().toInstant()))
        .param("now", Timestamp.from(now))
        .update();
    log.info(
        "Authority seal made: NCA certificate {} for BIN {}, valid until {}",
        Certificates.serialOf(chain.getFirst()),
        properties.organisationBin(),
        chain.getFirst().getNotAfter().toInstant());
    return active().orElseThrow();
  }

  /** The NCA's answer is a certificate of our key, for our BIN, chained to a trusted root. */
  private void requireCertifies(List<X509Certificate> chain, KeyPair keys, Instant now) {
    if (chain.isEmpty() || !chain.getFirst().getPublicKey().equals(keys.getPublic())) {
      throw new IllegalStateException("The NCA's certificate is not for the seal's key");
    }
    if (!properties.organisationBin().equals(CertificateSubject.of(chain.getFirst()).bin())) {
      throw new IllegalStateException(
          "The NCA's certificate does not name BIN " + properties.organisationBin());
    }
    Certificates.requireValidAt(chain.getFirst(), now);
    roots.requireChain(chain.getFirst(), chain, now);
  }

  private byte[] request(KeyPair keys) {
    try {
      return new JcaPKCS10CertificationRequestBuilder(
              new X500NameBuilder(BCStyle.INSTANCE)
                  .addRDN(BCStyle.C, "KZ")
                  .addRDN(BCStyle.OU, "BIN" + properties.organisationBin())
                  .addRDN(BCStyle.CN, "CITES permit-service seal")
                  .build(),
              keys.getPublic())
          .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))
          .getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot make the seal's certificate request", e);
    }
  }

  private Optional<Seal> active() {
    return jdbc.sql("select id, keystore from authority_seal where active")
        .query(
            (row, n) -> {
              UUID id = row.getObject("id", UUID.class);
              Seal known = cached;
              return known != null && known.id().equals(id)
                  ? known
                  : decrypt(id, row.getBytes("keystore"));
            })
        .optional()
        .map(
            seal -> {
              cached = seal;
              return seal;
            });
  }

  /** The key and its chain as a PKCS#12 protected with the configured password. */
  private byte[] encrypt(PrivateKey key, List<X509Certificate> chain) {
    try {
      char[] password = properties.keyPassword().toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      // the JDK's PKCS#12 protects keys and certificates with PBES2 (PBKDF2-HMAC-SHA256,
      // AES-256-CBC) and the whole file with HMAC-SHA256
      store.setKeyEntry(ALIAS, key, password, chain.toArray(Certificate[]::new));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, password);
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt the seal's key", e);
    }
  }

  private Seal decrypt(UUID id, byte[] keystore) {
    try {
      char[] password = properties.keyPassword().toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(keystore), password);
      ECPrivateKey key = (ECPrivateKey) store.getKey(ALIAS, password);
      List<X509Certificate> chain =
          List.of(store.getCertificateChain(ALIAS)).stream()
              .map(X509Certificate.class::cast)
              .toList();
      return new Seal(id, key, chain);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new IllegalStateException(
          "Cannot open the authority's seal "
              + id
              + " with the configured cites.signing.key-password (changed since it was made?)",
          e);
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
