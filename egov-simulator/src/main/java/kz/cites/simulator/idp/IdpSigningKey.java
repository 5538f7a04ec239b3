package kz.cites.simulator.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import kz.cites.simulator.state.Journal;
import kz.cites.simulator.state.SimulatorState;

/**
 * The identity provider's token-signing key: made on the first start and kept (sealed) in the
 * journal {@code idp/signing-keys.jsonl} of the state folder, so that tokens issued before a
 * restart still verify and the JWKS the gateway and the services cached stays right. The last entry
 * is the key in use (a rotation would append a new one). Without a state folder a new key is made
 * at every start.
 */
final class IdpSigningKey {

  /**
   * @param key the RSA private key, sealed
   */
  record Entry(String keyId, Instant issuedAt, String key) {}

  private IdpSigningKey() {}

  static RSAKey loadOrCreate(SimulatorState state, Clock clock) {
    Journal<Entry> journal = state.journal("idp/signing-keys.jsonl", Entry.class);
    if (!journal.entries().isEmpty()) {
      Entry current = journal.entries().getLast();
      return restore(current, (RSAPrivateCrtKey) state.open(current.key()));
    }
    RSAKey made = generate(clock);
    try {
      journal.append(
          new Entry(
              made.getKeyID(), made.getIssueTime().toInstant(), state.seal(made.toPrivateKey())));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return made;
  }

  private static RSAKey generate(Clock clock) {
    try {
      return new RSAKeyGenerator(2048)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .keyID("sim-idp-" + UUID.randomUUID())
          .issueTime(Date.from(clock.instant()))
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate the identity provider key", e);
    }
  }

  private static RSAKey restore(Entry entry, RSAPrivateCrtKey privateKey) {
    try {
      RSAPublicKey publicKey =
          (RSAPublicKey)
              KeyFactory.getInstance("RSA")
                  .generatePublic(
                      new RSAPublicKeySpec(
                          privateKey.getModulus(), privateKey.getPublicExponent()));
      return new RSAKey.Builder(publicKey)
          .privateKey(privateKey)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .keyID(entry.keyId())
          .issueTime(Date.from(entry.issuedAt()))
          .build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot restore the identity provider key", e);
    }
  }
}
