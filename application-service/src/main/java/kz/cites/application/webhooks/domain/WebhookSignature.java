package kz.cites.application.webhooks.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of a delivery, as the Standard Webhooks specification
 * defines it: {@code v1,} and the base64 of HMAC-SHA256(key, {@code <webhook-id>.<webhook-timestamp
 * >.<body>}), one such entry per secret in force, separated by a space (two during the grace period
 * of a rotation). The receiver recomputes it over the exact bytes it received and compares in
 * constant time; the timestamp (unix seconds) lets it refuse replays of old deliveries.
 */
public final class WebhookSignature {

  private static final String HMAC = "HmacSHA256";

  private WebhookSignature() {}

  /** The header value for {@code body} sent as {@code id} at {@code timestamp}. */
  public static String header(List<SigningSecret> secrets, String id, long timestamp, byte[] body) {
    return secrets.stream()
        .map(secret -> "v1," + sign(secret, id, timestamp, body))
        .collect(Collectors.joining(" "));
  }

  /** The base64 HMAC-SHA256 of {@code <id>.<timestamp>.<body>} with {@code secret}'s key. */
  public static String sign(SigningSecret secret, String id, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret.key(), HMAC));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }
}
