package kz.cites.simulator.payment;

import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.cites.observability.TracedHttpClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes each new receipt to the fee service, as the real payment gateway notifies the authority:
 * {@code X-Timestamp} (Unix seconds) and {@code X-Signature: sha256=<hex HMAC-SHA256 over
 * "<timestamp>.<body>">} with the shared secret. Best effort: off when no URL is configured, and a
 * failure is only logged (the verification's SHEP query still finds the receipt).
 */
@Component
class PaymentNotifier {

  private static final Logger log = LoggerFactory.getLogger(PaymentNotifier.class);

  private final URI url;
  private final byte[] secret;
  private final JsonMapper json;
  private final Clock clock;
  private final HttpClient http;

  @Autowired
  PaymentNotifier(
      @Value("${cites.simulator.payments.notify-url:}") String url,
      @Value("${cites.simulator.payments.notification-secret:dev-payment-notification-secret}")
          String secret,
      JsonMapper json,
      ObservationRegistry observations) {
    this(url, secret, json, Clock.systemUTC(), observations);
  }

  PaymentNotifier(String url, String secret, JsonMapper json, Clock clock) {
    this(url, secret, json, clock, ObservationRegistry.NOOP);
  }

  /** Each notification a client span of the payment's trace ({@code TracedHttpClients}). */
  private PaymentNotifier(
      String url, String secret, JsonMapper json, Clock clock, ObservationRegistry observations) {
    this.url = url == null || url.isBlank() ? null : URI.create(url.trim());
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.json = json;
    this.clock = clock;
    this.http =
        TracedHttpClients.observed(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), observations);
  }

  /**
   * Sends the notification of {@code receipt} in the background.
   *
   * @return the HTTP status the fee service answered, or -1 when not sent or failed
   */
  CompletableFuture<Integer> notifyPaid(PaymentReceipt receipt) {
    if (url == null) {
      return CompletableFuture.completedFuture(-1);
    }
    byte[] body = json.writeValueAsBytes(receipt);
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .header("X-Timestamp", Long.toString(timestamp))
            .header("X-Signature", sign(timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(
            response -> {
              if (response.statusCode() >= 300) {
                log.warn(
                    "Payment notification {} answered {}: {}",
                    receipt.receiptNumber(),
                    response.statusCode(),
                    response.body());
              }
              return response.statusCode();
            })
        .exceptionally(
            e -> {
              log.warn(
                  "Payment notification {} to {} failed: {}",
                  receipt.receiptNumber(),
                  url,
                  e.toString());
              return -1;
            });
  }

  String sign(long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 not available", e);
    }
  }
}
