package kz.cites.permit.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The authority's document-signing keys (ES256, P-256), kept in table {@code signing_key}. One key
 * is active and signs new documents; rotation retires it (it stays published, so everything it
 * signed stays verifiable) and activates a fresh one. The first key is made at start-up, or by the
 * first signature if that comes sooner (a Kafka listener may issue before start-up ends).
 */
@Component
public class SigningKeys {

  private static final DateTimeFormatter KID_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

  private final JdbcClient jdbc;
  private final Clock clock;

  private final TransactionTemplate ownTransaction;

  SigningKeys(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @EventListener(ApplicationStartedEvent.class)
  void ensureActiveKeyAtStart() {
    active();
  }

  /**
   * The key that signs new documents. Read in the caller's transaction; only when there is none yet
   * is one made, in a transaction of its own so that a failed issue does not take it along.
   */
  public ECKey active() {
    return findActive()
        .orElseGet(
            () -> {
              // Racing creators: the unique index on the active flag lets one insert win; the
              // others do nothing and read the winner's key.
              ownTransaction.executeWithoutResult(
                  s -> insert(generate(), "on conflict do nothing"));
              return findActive().orElseThrow();
            });
  }

  /** Retires the active key and activates a new one; returns the new key's id. */
  @Transactional
  public String rotate() {
    jdbc.sql("update signing_key set active = false, retired_at = :now where active")
        .param("now", java.sql.Timestamp.from(clock.instant()))
        .update();
    ECKey key = generate();
    insert(key, "");
    return key.getKeyID();
  }

  /** Every key ever used, public parts only: what verifiers need. */
  @Transactional(readOnly = true)
  public JWKSet publicKeys() {
    List<JWK> keys =
        jdbc
            .sql("select jwk from signing_key order by created_at desc")
            .query(String.class)
            .list()
            .stream()
            .map(SigningKeys::parse)
            .map(JWK::toPublicJWK)
            .toList();
    return new JWKSet(keys);
  }

  private Optional<ECKey> findActive() {
    return jdbc.sql("select jwk from signing_key where active")
        .query(String.class)
        .optional()
        .map(SigningKeys::parse)
        .map(JWK::toECKey);
  }

  private void insert(ECKey key, String onConflict) {
    jdbc.sql(
            "insert into signing_key (kid, algorithm, jwk, active, created_at)"
                + " values (:kid, 'ES256', :jwk, true, :now) "
                + onConflict)
        .param("kid", key.getKeyID())
        .param("jwk", key.toJSONString())
        .param("now", java.sql.Timestamp.from(clock.instant()))
        .update();
  }

  private ECKey generate() {
    Instant now = clock.instant();
    try {
      return new ECKeyGenerator(Curve.P_256)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.ES256)
          .keyID(
              "cites-kz-"
                  + KID_DATE.format(now)
                  + "-"
                  + UUID.randomUUID().toString().substring(0, 8))
          .issueTime(java.util.Date.from(now))
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate a signing key", e);
    }
  }

  private static JWK parse(String json) {
    try {
      return JWK.parse(json);
    } catch (ParseException e) {
      throw new IllegalStateException("Unreadable signing key", e);
    }
  }
}
