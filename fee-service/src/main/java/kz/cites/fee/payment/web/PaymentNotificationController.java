package kz.cites.fee.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import kz.cites.fee.payment.PaymentNotifications;
import kz.cites.fee.payment.PaymentNotifications.Notification;
import kz.cites.fee.payment.PaymentNotifications.Recorded;
import kz.cites.fee.payment.domain.NotificationSignature;
import kz.cites.fee.payment.domain.NotificationSignature.Verdict;
import kz.cites.fee.web.ApiProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment gateway's push notifications. There is no JWT here: the gateway authenticates with an
 * HMAC signature over the timestamp and the raw body, checked before the body is even parsed.
 */
@RestController
@Tag(name = "Payment gateway", description = "Push notifications of duty payments")
class PaymentNotificationController {

  static final String PATH = "/api/v1/fees/payment-notifications";

  private final PaymentNotifications notifications;
  private final NotificationSignature signature;
  private final JsonMapper json;
  private final Clock clock;

  PaymentNotificationController(
      PaymentNotifications notifications,
      JsonMapper json,
      Clock clock,
      @Value("${cites.fee.notifications.secret}") String secret,
      @Value("${cites.fee.notifications.max-age:PT5M}") Duration maxAge) {
    this.notifications = notifications;
    this.signature = new NotificationSignature(secret, maxAge);
    this.json = json;
    this.clock = clock;
  }

  /** The notification body: one receipt. */
  record Body(
      String receiptNumber, String payerId, BigDecimal amount, Instant paidAt, String reference) {}

  @PostMapping(PATH)
  @Operation(
      summary = "Payment gateway notification of a duty receipt (HMAC-signed, no JWT)",
      description =
          "Body {receiptNumber, payerId, amount, paidAt, reference}. Headers X-Timestamp (Unix"
              + " seconds) and X-Signature: sha256=<hex HMAC-SHA256 over \"<timestamp>.<body>\">."
              + " 401 .../notification-signature for a missing or wrong signature, 401"
              + " .../notification-stale when the timestamp is more than the allowed age away,"
              + " 409 .../notification-conflict for a known receipt number with other content, 400"
              + " .../validation naming the field. Idempotent by receipt number: a repeated"
              + " delivery gets the same 200 answer and changes nothing.")
  Recorded notify(
      @Parameter(description = "Unix seconds when the gateway signed")
          @RequestHeader(name = "X-Timestamp", required = false)
          String timestamp,
      @Parameter(description = "sha256=<hex>")
          @RequestHeader(name = "X-Signature", required = false)
          String signatureHeader,
      @RequestBody(required = false) byte[] body) {
    byte[] raw = body == null ? new byte[0] : body;
    Verdict verdict = signature.verify(timestamp, signatureHeader, raw, clock.instant());
    switch (verdict) {
      case BAD_SIGNATURE ->
          throw ApiProblem.NOTIFICATION_SIGNATURE.exception(
              "X-Timestamp and X-Signature must sign the body with the shared secret");
      case STALE ->
          throw ApiProblem.NOTIFICATION_STALE.exception(
              "The notification's timestamp is outside the accepted window; a replay is refused");
      case VALID -> {}
    }
    Notification notification = validate(parse(raw));
    return notifications.record(
        notification, Instant.ofEpochSecond(Long.parseLong(timestamp.trim())));
  }

  private Body parse(byte[] raw) {
    try {
      Body parsed = json.readValue(raw, Body.class);
      if (parsed == null) {
        throw ApiProblem.MALFORMED_NOTIFICATION.exception("Empty body");
      }
      return parsed;
    } catch (JacksonException e) {
      throw ApiProblem.MALFORMED_NOTIFICATION.exception(
          "The body is not a payment notification in JSON");
    }
  }

  private static Notification validate(Body body) {
    if (body.receiptNumber() == null
        || body.receiptNumber().isBlank()
        || body.receiptNumber().length() > 100) {
      throw ApiProblem.invalidField("receiptNumber", "must be 1 to 100 characters");
    }
    if (body.payerId() == null || !body.payerId().matches("\\d{12}")) {
      throw ApiProblem.invalidField("payerId", "must be an IIN or BIN of 12 digits");
    }
    if (body.amount() == null || body.amount().signum() <= 0 || body.amount().scale() > 2) {
      throw ApiProblem.invalidField("amount", "must be positive tenge with at most 2 decimals");
    }
    if (body.paidAt() == null) {
      throw ApiProblem.invalidField("paidAt", "is required");
    }
    if (body.reference() == null || body.reference().isBlank() || body.reference().length() > 200) {
      throw ApiProblem.invalidField("reference", "must be 1 to 200 characters");
    }
    return new Notification(
        body.receiptNumber().trim(),
        body.payerId(),
        body.amount(),
        // the database keeps microseconds; a repeat must compare equal to what was stored
        body.paidAt().truncatedTo(ChronoUnit.MICROS),
        body.reference().trim());
  }
}
