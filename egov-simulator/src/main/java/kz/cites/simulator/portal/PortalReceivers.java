package kz.cites.simulator.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Portals that receive the CITES service's status push, as an integrator would build one: each
 * receiver knows its webhook secret, verifies every request's Standard Webhooks signature (and that
 * its timestamp is recent), keeps what it received in order, drops a repeat of a webhook-id it
 * already has, and can be switched down (it then answers 503, as a portal in maintenance). State is
 * in memory only: a test configures the receivers it uses.
 */
@Component
public class PortalReceivers {

  /** How old a webhook-timestamp may be (either way) before a request is refused as a replay. */
  static final Duration TOLERANCE = Duration.ofMinutes(5);

  /** One webhook received and verified. */
  public record Delivery(
      String webhookId,
      long webhookTimestamp,
      String webhookSignature,
      String body,
      Instant receivedAt,
      int timesReceived) {

    Delivery again() {
      return new Delivery(
          webhookId, webhookTimestamp, webhookSignature, body, receivedAt, timesReceived + 1);
    }
  }

  /** A request refused: not signed with the receiver's secret, or too old. */
  public record Rejection(String webhookId, String reason, Instant receivedAt) {}

  /** What a receiver did: its switch, and what it received and refused, in order. */
  public record State(
      String receiver,
      boolean configured,
      boolean down,
      int refusedWhileDown,
      List<Delivery> deliveries,
      List<Rejection> rejected) {}

  /** The outcome of one request. */
  public enum Answer {
    ACCEPTED,
    DUPLICATE,
    DOWN,
    UNKNOWN_RECEIVER,
    INVALID_SIGNATURE
  }

  private static final class Receiver {
    byte[] key;
    boolean down;
    int refusedWhileDown;
    final Map<String, Delivery> deliveries = new LinkedHashMap<>();
    final List<Rejection> rejected = new ArrayList<>();
  }

  private final Map<String, Receiver> receivers = new ConcurrentHashMap<>();
  private final Clock clock;

  PortalReceivers() {
    this(Clock.systemUTC());
  }

  PortalReceivers(Clock clock) {
    this.clock = clock;
  }

  /** Tells {@code name} its secret ({@code whsec_} and base64, as the service showed it). */
  public State configure(String name, String secret) {
    String base64 = secret.startsWith("whsec_") ? secret.substring(6) : secret;
    byte[] key = Base64.getDecoder().decode(base64);
    Receiver receiver = receivers.computeIfAbsent(name, n -> new Receiver());
    synchronized (receiver) {
      receiver.key = key;
    }
    return state(name);
  }

  /** Switches {@code name} down (503 to every request) or up. */
  public Optional<State> outage(String name, boolean down) {
    Receiver receiver = receivers.get(name);
    if (receiver == null) {
      return Optional.empty();
    }
    synchronized (receiver) {
      receiver.down = down;
    }
    return Optional.of(state(name));
  }

  /** Forgets {@code name} and all it received. */
  public boolean forget(String name) {
    return receivers.remove(name) != null;
  }

  /** A request to {@code name}'s webhook URL. */
  public Answer receive(
      String name, String webhookId, String timestamp, String signature, byte[] body) {
    Receiver receiver = receivers.get(name);
    if (receiver == null) {
      return Answer.UNKNOWN_RECEIVER;
    }
    Instant now = clock.instant();
    synchronized (receiver) {
      if (receiver.key == null) {
        return Answer.UNKNOWN_RECEIVER;
      }
      if (receiver.down) {
        receiver.refusedWhileDown++;
        return Answer.DOWN;
      }
      String refusal = refusal(receiver.key, webhookId, timestamp, signature, body, now);
      if (refusal != null) {
        receiver.rejected.add(new Rejection(webhookId, refusal, now));
        return Answer.INVALID_SIGNATURE;
      }
      Delivery known = receiver.deliveries.get(webhookId);
      if (known != null) {
        receiver.deliveries.put(webhookId, known.again());
        return Answer.DUPLICATE;
      }
      receiver.deliveries.put(
          webhookId,
          new Delivery(
              webhookId,
              Long.parseLong(timestamp),
              signature,
              new String(body, StandardCharsets.UTF_8),
              now,
              1));
      return Answer.ACCEPTED;
    }
  }

  /** What {@code name} did; an unknown receiver has done nothing. */
  public State state(String name) {
    Receiver receiver = receivers.get(name);
    if (receiver == null) {
      return new State(name, false, false, 0, List.of(), List.of());
    }
    synchronized (receiver) {
      return new State(
          name,
          receiver.key != null,
          receiver.down,
          receiver.refusedWhileDown,
          List.copyOf(receiver.deliveries.values()),
          List.copyOf(receiver.rejected));
    }
  }

  /**
   * Why the request is not the service's, or null: the Standard Webhooks check, HMAC-SHA256 over
   * {@code id.timestamp.body} with the key, any of the space-separated {@code v1,} signatures
   * matching (compared in constant time), and a timestamp within {@link #TOLERANCE}.
   */
  static String refusal(
      byte[] key, String id, String timestamp, String signatures, byte[] body, Instant now) {
    if (id == null || timestamp == null || signatures == null) {
      return "webhook-id, webhook-timestamp and webhook-signature are required";
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return "webhook-timestamp is not unix seconds";
    }
    if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
      return "webhook-timestamp is more than " + TOLERANCE.toMinutes() + " minutes off";
    }
    byte[] expected = hmac(key, id + "." + timestamp + ".", body);
    for (String entry : signatures.split(" ")) {
      if (entry.startsWith("v1,")) {
        byte[] given;
        try {
          given = Base64.getDecoder().decode(entry.substring(3));
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (MessageDigest.isEqual(expected, given)) {
          return null;
        }
      }
    }
    return "no v1 signature matches";
  }

  private static byte[] hmac(byte[] key, String prefix, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(prefix.getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }
}
