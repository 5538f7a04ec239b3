package kz.cites.fee.payment.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the payment gateway signs its push notifications: {@code X-Timestamp} (Unix seconds) and
 * {@code X-Signature: sha256=<hex HMAC-SHA256 over "<timestamp>.<raw body>">} with the shared
 * secret. The timestamp is inside the signed text, so an old notification cannot be made fresh.
 */
public final class NotificationSignature {

  public static final String PREFIX = "sha256=";

  private final byte[] secret;
  private final Duration maxAge;

  public NotificationSignature(String secret, Duration maxAge) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("The notification secret must be set");
    }
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.maxAge = maxAge;
  }

  /** What the check found. */
  public enum Verdict {
    VALID,
    /** Missing or malformed headers, or a signature that does not match. */
    BAD_SIGNATURE,
    /** Signed correctly but older (or further in the future) than the allowed age. */
    STALE
  }

  /** The header value for {@code body} signed at {@code timestamp}. */
  public String sign(long timestamp, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(mac(timestamp, body));
  }

  public Verdict verify(String timestampHeader, String signatureHeader, byte[] body, Instant now) {
    if (timestampHeader == null || signatureHeader == null) {
      return Verdict.BAD_SIGNATURE;
    }
    long timestamp;
    byte[] given;
    try {
      timestamp = Long.parseLong(timestampHeader.trim());
      String hex = signatureHeader.trim();
      if (!hex.startsWith(PREFIX)) {
        return Verdict.BAD_SIGNATURE;
      }
      given = HexFormat.of().parseHex(hex.substring(PREFIX.length()).toLowerCase());
    } catch (IllegalArgumentException e) {
      return Verdict.BAD_SIGNATURE;
    }
    // constant-time comparison: no timing hints about the expected signature
    if (!MessageDigest.isEqual(given, mac(timestamp, body))) {
      return Verdict.BAD_SIGNATURE;
    }
    Duration age = Duration.between(Instant.ofEpochSecond(timestamp), now).abs();
    return age.compareTo(maxAge) > 0 ? Verdict.STALE : Verdict.VALID;
  }

  private byte[] mac(long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 not available", e);
    }
  }
}
