package kz.cites.simulator.nca;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated NCA's root: its key pair and self-signed certificate. Kept in memory, or in a
 * PKCS#12 file ({@code cites.simulator.nca.keystore}) so that a restarted simulator is the same CA
 * and what was signed under it stays verifiable. Certificate serial numbers are random positive
 * 128-bit numbers, so a restarted NCA never issues a serial twice.
 */
record NcaRoot(PrivateKey key, X509Certificate certificate) {

  private static final Logger log = LoggerFactory.getLogger(NcaRoot.class);

  static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
  private static final String ALIAS = "nca-root";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new root valid for ten years from a day before {@code clock}'s now, in memory. */
  static NcaRoot generate(Clock clock) {
    KeyPair keys = newKeys();
    X500Name name =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "KZ")
            .addRDN(BCStyle.O, "egov-simulator")
            .addRDN(BCStyle.CN, "Simulated NCA Root")
            .build();
    Instant now = clock.instant();
    try {
      var builder =
          new JcaX509v3CertificateBuilder(
              name,
              newSerial(),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(3650))),
              name,
              keys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(keys.getPrivate())));
      return new NcaRoot(keys.getPrivate(), certificate);
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("Could not make the NCA root", e);
    }
  }

  /**
   * The root kept in {@code keystore}, or a new one written there when the file does not exist yet
   * (its folder is created).
   *
   * @throws IllegalStateException when the file exists but cannot be read with {@code password}
   */
  static NcaRoot loadOrCreate(Path keystore, char[] password, Clock clock) {
    if (Files.exists(keystore)) {
      NcaRoot root = load(keystore, password);
      log.info(
          "NCA root {} (serial {}) loaded from {}",
          root.certificate().getSubjectX500Principal().getName(),
          root.certificate().getSerialNumber().toString(16),
          keystore);
      return root;
    }
    NcaRoot root = generate(clock);
    root.save(keystore, password);
    log.info(
        "New NCA root (serial {}) saved to {}",
        root.certificate().getSerialNumber().toString(16),
        keystore);
    return root;
  }

  private static NcaRoot load(Path keystore, char[] password) {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      if (!(store.getKey(ALIAS, password) instanceof PrivateKey key)
          || !(store.getCertificate(ALIAS) instanceof X509Certificate certificate)) {
        throw new IllegalStateException("No NCA root (alias " + ALIAS + ") in " + keystore);
      }
      return new NcaRoot(key, certificate);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot read the NCA root from "
              + keystore
              + " (wrong cites.simulator.nca.keystore-password?): "
              + e.getMessage(),
          e);
    }
  }

  /** Writes the key and certificate to {@code keystore} at once (a temporary file moved over). */
  private void save(Path keystore, char[] password) {
    try {
      Path folder = keystore.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(ALIAS, key, password, new Certificate[] {certificate});
      Path temporary = Files.createTempFile(folder, "nca-root", ".tmp");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        store.store(out, password);
      }
      Files.move(temporary, keystore, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the NCA root to " + keystore, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot save the NCA root to " + keystore, e);
    }
  }

  /** A random positive serial of about 128 bits (RFC 5280 allows up to 20 octets). */
  static BigInteger newSerial() {
    return new BigInteger(128, RANDOM).add(BigInteger.ONE);
  }

  static KeyPair newKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
