package kz.cites.simulator.nca;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import kz.cites.simulator.state.Journal;
import kz.cites.simulator.state.SimulatorState;

/**
 * What the NCA keeps across its restarts, in two journals of the simulator's state folder: every
 * certificate it issued ({@code nca/certificates.jsonl}; for a persona's key also the key, sealed,
 * since the simulator holds it on the persona's behalf) and every revocation and restoration
 * ({@code nca/revocations.jsonl}). Replayed in order at start-up, they give back the holders, the
 * issued serials and the revocations as they were.
 */
final class NcaJournal {

  /**
   * A certificate the NCA issued.
   *
   * @param certificate base64 of its DER encoding
   * @param key the persona's private key, sealed; null for an organisation's certificate (the
   *     organisation holds its own key)
   */
  record IssuedEntry(String iin, String bin, String certificate, String key) {}

  /**
   * A change of a certificate's revocation status.
   *
   * @param serial the serial number in hex; null when every revocation was taken back
   * @param reason null when the revocation was taken back
   */
  record RevocationEntry(String serial, Instant at, RevocationReason reason) {}

  private final SimulatorState state;
  private final Journal<IssuedEntry> issued;
  private final Journal<RevocationEntry> revocations;

  NcaJournal(SimulatorState state) {
    this.state = state;
    this.issued = state.journal("nca/certificates.jsonl", IssuedEntry.class);
    this.revocations = state.journal("nca/revocations.jsonl", RevocationEntry.class);
  }

  /** A persona's new certificate and its key; returns once both are kept. */
  void issuedToPersona(String iin, String bin, KeyPair keys, X509Certificate certificate) {
    issued.append(new IssuedEntry(iin, bin, der(certificate), state.seal(keys.getPrivate())));
  }

  /** An organisation's new certificate (for its own key, which the NCA never sees). */
  void issuedToOrganisation(String bin, X509Certificate certificate) {
    issued.append(new IssuedEntry(null, bin, der(certificate), null));
  }

  void revoked(BigInteger serial, NcaAuthority.Revocation revocation) {
    revocations.append(
        new RevocationEntry(serial.toString(16), revocation.revokedAt(), revocation.reason()));
  }

  void restored(BigInteger serial, Instant at) {
    revocations.append(new RevocationEntry(serial.toString(16), at, null));
  }

  void allRestored(Instant at) {
    revocations.append(new RevocationEntry(null, at, null));
  }

  /** Gives back, in the order they happened, what was issued: to {@code replay}. */
  void replayIssued(IssuedReplay replay) {
    for (IssuedEntry entry : issued.entries()) {
      X509Certificate certificate = certificate(entry.certificate());
      PrivateKey key = entry.key() == null ? null : state.open(entry.key());
      replay.issued(entry.iin(), entry.bin(), certificate, key);
    }
  }

  /** The revocations in force after every change recorded, into {@code revoked}. */
  void replayRevocations(Map<BigInteger, NcaAuthority.Revocation> revoked) {
    for (RevocationEntry entry : revocations.entries()) {
      if (entry.serial() == null) {
        revoked.clear();
      } else if (entry.reason() == null) {
        revoked.remove(new BigInteger(entry.serial(), 16));
      } else {
        revoked.putIfAbsent(
            new BigInteger(entry.serial(), 16),
            new NcaAuthority.Revocation(entry.at(), entry.reason()));
      }
    }
  }

  /** One issued certificate as replayed; {@code key} null for an organisation's. */
  @FunctionalInterface
  interface IssuedReplay {
    void issued(String iin, String bin, X509Certificate certificate, PrivateKey key);
  }

  private static String der(X509Certificate certificate) {
    try {
      return Base64.getEncoder().encodeToString(certificate.getEncoded());
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate certificate(String der) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new java.io.ByteArrayInputStream(Base64.getDecoder().decode(der)));
    } catch (CertificateException e) {
      throw new IllegalStateException("An unreadable certificate in nca/certificates.jsonl", e);
    }
  }
}
