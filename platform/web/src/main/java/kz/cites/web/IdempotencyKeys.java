package kz.cites.web;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a creating POST safe to retry (the IETF draft "The Idempotency-Key HTTP Header Field"): the
 * first answer to a key is kept, in the service's own table {@code idempotency_key}, in the
 * transaction that created the thing, so the two commit or vanish together. Then, for the same
 * caller and key:
 *
 * <ul>
 *   <li>the same request again gets the kept answer (status, {@code Location}, {@code ETag}, body),
 *       marked {@code Idempotent-Replayed: true}, and creates nothing;
 *   <li>another request (another operation or body) is refused ({@link
 *       IdempotencyProblems#keyReused()}, 422);
 *   <li>while the first is still being processed the second is refused at once ({@link
 *       IdempotencyProblems#keyInUse()}, 409) rather than left waiting or run twice: a transaction-
 *       scoped advisory lock per caller and key decides who works.
 * </ul>
 *
 * <p>Only a success is kept: a request that fails rolls back its key with everything else, so the
 * client may correct it and send it again under the same key. A key is kept for {@code ttl} (24 h
 * by default) and may be used afresh afterwards.
 */
public class IdempotencyKeys {

  /** Says a kept answer was sent again, as several public APIs name it. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  /** The first half of the advisory lock's key: "IDEM" in ASCII, apart from other locks. */
  private static final int LOCK_CLASS = 0x4944454D;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;
  private final Duration ttl;
  private final IdempotencyProblems problems;

  public IdempotencyKeys(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      JsonMapper json,
      Clock clock,
      Duration ttl,
      IdempotencyProblems problems) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.json = json;
    this.clock = clock;
    this.ttl = ttl;
    this.problems = problems;
  }

  /**
   * The request as this mechanism compares it; a malformed key is refused here, before anything is
   * done.
   *
   * @param key the {@code Idempotency-Key} header, {@code null} when none was sent
   * @param operation the operation, with the id of its target where one route serves many (a key
   *     reused on another operation is another request even if the bodies happen to match)
   * @param body what the client sent: a {@code String} as it is, anything else as the JSON this
   *     service reads it as (the same body sent again renders the same)
   */
  public IdempotentRequest request(
      @Nullable String key, CurrentUser user, String operation, Object body) {
    String rendered = body instanceof String text ? text : json.writeValueAsString(body);
    return IdempotentRequest.of(key, user, operation, rendered, problems);
  }

  /**
   * Runs {@code action} once per key: in a transaction it joins (the action's own transactions join
   * it too), so its effect and the kept answer commit together.
   */
  public <T> ResponseEntity<T> execute(
      IdempotentRequest request, Supplier<ResponseEntity<T>> action) {
    String key = request.key();
    if (key == null) {
      return action.get();
    }
    ResponseEntity<T> answer =
        transactions.execute(
            status -> {
              lock(request.caller(), key);
              Instant now = clock.instant();
              List<Kept> kept =
                  jdbc.query(
                      "select fingerprint, status, location, etag, body from idempotency_key"
                          + " where caller = ? and key = ? and expires_at > ?",
                      (rs, n) ->
                          new Kept(
                              rs.getString("fingerprint"),
                              rs.getInt("status"),
                              rs.getString("location"),
                              rs.getString("etag"),
                              rs.getString("body")),
                      request.caller(),
                      key,
                      Timestamp.from(now));
              if (!kept.isEmpty()) {
                return replay(kept.getFirst(), request);
              }
              ResponseEntity<T> first = action.get();
              keep(request, first, now);
              return first;
            });
    return answer;
  }

  /** Forgets the keys whose time is up, so the table holds about one day of creations. */
  @Scheduled(
      fixedDelayString = "${cites.idempotency.purge-interval:PT1H}",
      initialDelayString = "${cites.idempotency.purge-interval:PT1H}")
  public int purge() {
    return jdbc.update(
        "delete from idempotency_key where expires_at <= ?", Timestamp.from(clock.instant()));
  }

  private void lock(String caller, String key) {
    Boolean mine =
        jdbc.queryForObject(
            "select pg_try_advisory_xact_lock(?, hashtext(?))",
            Boolean.class,
            LOCK_CLASS,
            caller + " " + key);
    // two keys of one hash wait for each other only as long as one request: a rare spurious 409
    if (!Boolean.TRUE.equals(mine)) {
      throw problems.keyInUse();
    }
  }

  @SuppressWarnings("unchecked")
  private <T> ResponseEntity<T> replay(Kept kept, IdempotentRequest request) {
    if (!kept.fingerprint().equals(request.fingerprint())) {
      throw problems.keyReused();
    }
    ResponseEntity.BodyBuilder builder =
        ResponseEntity.status(HttpStatusCode.valueOf(kept.status()))
            .contentType(MediaType.APPLICATION_JSON)
            .header(REPLAYED_HEADER, "true");
    if (kept.location() != null) {
      builder.location(URI.create(kept.location()));
    }
    if (kept.etag() != null) {
      builder.eTag(kept.etag());
    }
    // the JSON as it was first written: a String passes Spring MVC's converters untouched
    return (ResponseEntity<T>) builder.body(kept.body());
  }

  private void keep(IdempotentRequest request, ResponseEntity<?> first, Instant now) {
    HttpHeaders headers = first.getHeaders();
    URI location = headers.getLocation();
    jdbc.update(
        "insert into idempotency_key"
            + " (caller, key, fingerprint, status, location, etag, body, created_at, expires_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            // a row whose time is up is the only one that can be here: the lookup saw none alive
            + " on conflict (caller, key) do update set fingerprint = excluded.fingerprint,"
            + " status = excluded.status, location = excluded.location, etag = excluded.etag,"
            + " body = excluded.body, created_at = excluded.created_at,"
            + " expires_at = excluded.expires_at",
        request.caller(),
        request.key(),
        request.fingerprint(),
        first.getStatusCode().value(),
        location == null ? null : location.toString(),
        headers.getETag(),
        json.writeValueAsString(first.getBody()),
        Timestamp.from(now),
        Timestamp.from(now.plus(ttl)));
  }

  private record Kept(
      String fingerprint,
      int status,
      @Nullable String location,
      @Nullable String etag,
      String body) {}
}
