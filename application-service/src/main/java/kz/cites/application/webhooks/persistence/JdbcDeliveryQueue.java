package kz.cites.application.webhooks.persistence;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.application.webhooks.domain.ClaimedDelivery;
import kz.cites.application.webhooks.domain.DeliveryQueue;
import kz.cites.application.webhooks.domain.Subscription;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The webhook outbox in PostgreSQL. A claim is one statement: it picks the due rows with {@code FOR
 * UPDATE SKIP LOCKED} (a row another instance is claiming is skipped, not waited for) and leases
 * them under a fresh token; an outcome is written only while the token is still the row's, so an
 * instance whose lease ran out (and whose row another instance took over) changes nothing.
 */
@Component
class JdbcDeliveryQueue implements DeliveryQueue {

  private static final int MAX_ERROR = 500;

  private final JdbcClient jdbc;

  JdbcDeliveryQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ClaimedDelivery> claim(Instant now, Duration lease, int limit) {
    UUID token = UUID.randomUUID();
    Timestamp at = Timestamp.from(now);
    return jdbc.sql(
            """
            update webhook_delivery d
               set lease_token = :token, lease_until = :leaseUntil
              from webhook_subscription s
             where s.id = d.subscription_id
               and d.id in (
                   select c.id from webhook_delivery c
                    where c.status = 'PENDING'
                      and c.next_attempt_at <= :now
                      and (c.lease_until is null or c.lease_until <= :now)
                      and not exists (
                          select 1 from webhook_delivery e
                           where e.subscription_id = c.subscription_id
                             and e.application_id = c.application_id
                             and e.status = 'PENDING'
                             and e.seq < c.seq)
                    order by c.seq
                    limit :limit
                    for update of c skip locked)
            returning d.id, d.subscription_id, d.application_id, d.payload::text as body,
                      d.attempts, d.queued_at, s.url, s.secret, s.previous_secret,
                      s.previous_secret_until
            """)
        .param("token", token)
        .param("leaseUntil", Timestamp.from(now.plus(lease)))
        .param("now", at)
        .param("limit", limit)
        .query((rs, row) -> claimed(rs, token, now))
        .list();
  }

  @Override
  public void delivered(ClaimedDelivery delivery, Instant at, int statusCode) {
    jdbc.sql(
            """
            update webhook_delivery
               set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = :at,
                   last_status_code = :code, last_error = null, delivered_at = :at,
                   lease_token = null, lease_until = null
             where id = :id and lease_token = :token
            """)
        .param("at", Timestamp.from(at))
        .param("code", statusCode)
        .param("id", delivery.id())
        .param("token", delivery.leaseToken())
        .update();
  }

  @Override
  public void failed(
      ClaimedDelivery delivery,
      Instant at,
      Integer statusCode,
      String error,
      Instant nextAttemptAt) {
    jdbc.sql(
            """
            update webhook_delivery
               set status = :status, attempts = attempts + 1, last_attempt_at = :at,
                   last_status_code = :code, last_error = :error,
                   next_attempt_at = coalesce(:next, next_attempt_at),
                   lease_token = null, lease_until = null
             where id = :id and lease_token = :token
            """)
        .param("status", nextAttemptAt == null ? "FAILED" : "PENDING")
        .param("at", Timestamp.from(at))
        .param("code", statusCode, java.sql.Types.INTEGER)
        .param(
            "error",
            error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR))
        .param(
            "next",
            nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt),
            java.sql.Types.TIMESTAMP)
        .param("id", delivery.id())
        .param("token", delivery.leaseToken())
        .update();
  }

  @Override
  public int purgeDelivered(Instant before) {
    return jdbc.sql(
            "delete from webhook_delivery where status = 'DELIVERED' and delivered_at < :before")
        .param("before", Timestamp.from(before))
        .update();
  }

  private static ClaimedDelivery claimed(ResultSet rs, UUID token, Instant now)
      throws SQLException {
    return new ClaimedDelivery(
        rs.getObject("id", UUID.class),
        token,
        rs.getObject("subscription_id", UUID.class),
        rs.getObject("application_id", UUID.class),
        URI.create(rs.getString("url")),
        rs.getString("body"),
        rs.getInt("attempts"),
        rs.getTimestamp("queued_at").toInstant(),
        Subscription.secretsInForce(
            rs.getString("secret"),
            rs.getString("previous_secret"),
            instant(rs.getTimestamp("previous_secret_until")),
            now));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
