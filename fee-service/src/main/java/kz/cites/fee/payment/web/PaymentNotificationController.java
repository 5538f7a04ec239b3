package kz.cites.fee.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import kz.cites.fee.payment.PaymentNotifications;
import kz.cites.fee.payment.PaymentNotifications.Recorded;
import kz.cites.fee.payment.domain.MatchStatus;
import kz.cites.fee.payment.domain.Notification;
import kz.cites.fee.payment.domain.NotificationSignature;
import kz.cites.fee.payment.domain.NotificationSignature.Verdict;
import kz.cites.fee.web.ApiProblem;
import kz.cites.fee.web.ProblemResponses;
import kz.cites.web.UnacceptableTextException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
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
      @Schema(
              description = "The gateway's receipt number, 1-100 characters",
              example = "PG-251231-7C1E09AB")
          String receiptNumber,
      @Schema(description = "IIN or BIN of the payer, 12 digits", example = "811201401188")
          String payerId,
      @Schema(description = "Tenge, positive, at most 2 decimals", example = "7864.00")
          BigDecimal amount,
      @Schema(
              description =
                  "When the payer paid. Its Kazakhstan (Asia/Almaty) date fixes the duty owed: 2"
                      + " MCI in force that day",
              example = "2025-12-31T18:30:00Z")
          Instant paidAt,
      @Schema(
              description =
                  "The application id the payer gave (card payment on the portal), at most 200"
                      + " characters. Absent, null or blank for a payment in cash or by bank"
                      + " transfer: matched on payer, amount and date",
              nullable = true,
              example = "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11")
          String reference) {}

  @PostMapping(PATH)
  @SecurityRequirement(name = "paymentGatewayHmac")
  @ProblemResponses({
    ApiProblem.VALIDATION,
    ApiProblem.MALFORMED_NOTIFICATION,
    ApiProblem.NOTIFICATION_SIGNATURE,
    ApiProblem.NOTIFICATION_STALE,
    ApiProblem.NOTIFICATION_CONFLICT,
    ApiProblem.CONFLICT
  })
  @Operation(
      operationId = "notifyPayment",
      summary = "Payment gateway notification of a duty receipt (HMAC-signed, no JWT)",
      description =
          "Body {receiptNumber, payerId, amount, paidAt, reference}. Headers X-Timestamp (Unix"
              + " seconds) and X-Signature: sha256=<hex HMAC-SHA256 over \"<timestamp>.<body>\">."
              + " 401 .../notification-signature for a missing or wrong signature, 401"
              + " .../notification-stale when the timestamp is more than the allowed age away,"
              + " 409 .../notification-conflict for a known receipt number with other content, 400"
              + " .../validation naming the field. Idempotent by receipt number: a repeated"
              + " delivery gets the same 200 answer and changes nothing. Without reference (cash,"
              + " bank transfer) the receipt is matched to the payer's application: exactly one"
              + " assessed, unpaid application of the same payer for which the amount is at least"
              + " the duty of the payment day and which the payment day fits (from"
              + " cites.fee.matching.paid-before-registration before the registration date to the"
              + " end of the grace period) -> match MATCHED and applicationId; several ->"
              + " AMBIGUOUS, none -> UNMATCHED (applicationId null, listed for officers).")
  @ApiResponse(
      responseCode = "200",
      description = "Recorded (or the same notification again)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Answer.class),
              examples = {
                @ExampleObject(
                    name = "by-reference",
                    summary = "Card payment with the application id",
                    value =
                        "{\"receiptNumber\": \"PG-260326-0A1B2C3D\", \"applicationId\":"
                            + " \"0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11\", \"status\": \"RECORDED\","
                            + " \"match\": \"REFERENCE\"}"),
                @ExampleObject(
                    name = "cash-matched",
                    summary = "Cash payment without reference, one application fits",
                    value =
                        "{\"receiptNumber\": \"PG-251231-7C1E09AB\", \"applicationId\":"
                            + " \"0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11\", \"status\": \"RECORDED\","
                            + " \"match\": \"MATCHED\"}"),
                @ExampleObject(
                    name = "transfer-ambiguous",
                    summary = "Bank transfer without reference, two applications fit",
                    value =
                        "{\"receiptNumber\": \"PG-260105-55AA10FF\", \"applicationId\": null,"
                            + " \"status\": \"RECORDED\", \"match\": \"AMBIGUOUS\"}")
              }))
  Answer notify(
      @Parameter(
              description =
                  "Unix seconds when the gateway signed; at most 5 minutes from the time of"
                      + " receipt",
              required = true,
              example = "1767205800")
          @RequestHeader(name = "X-Timestamp", required = false)
          String timestamp,
      @Parameter(
              description =
                  "sha256=<lower-case hex of HMAC-SHA256(secret, \"<X-Timestamp>.<raw body>\")>",
              required = true,
              example = "sha256=3b5d5c3712955042212316173ccf37be8000fcb6b6a6a2a2b3d1a4ad0c3c3c9e")
          @RequestHeader(name = "X-Signature", required = false)
          String signatureHeader,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description = "One receipt, exactly the bytes signed",
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = Body.class),
                      examples = {
                        @ExampleObject(
                            name = "card",
                            summary = "Card payment on the portal, with the application id",
                            value =
                                "{\"receiptNumber\": \"PG-260326-0A1B2C3D\", \"payerId\":"
                                    + " \"811201401188\", \"amount\": 8650.00, \"paidAt\":"
                                    + " \"2026-03-26T05:12:00Z\", \"reference\":"
                                    + " \"0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11\"}"),
                        @ExampleObject(
                            name = "cash",
                            summary =
                                "Cash at a bank on 31 Dec 2025, 23:30 Almaty: no reference, the"
                                    + " 2025 duty",
                            value =
                                "{\"receiptNumber\": \"PG-251231-7C1E09AB\", \"payerId\":"
                                    + " \"811201401188\", \"amount\": 7864.00, \"paidAt\":"
                                    + " \"2025-12-31T18:30:00Z\"}")
                      }))
          @RequestBody(required = false)
          byte[] body) {
    byte[] raw = body == null ? new byte[0] : body;
    Verdict verdict = signature.verify(timestamp, signatureHeader, raw, clock.instant());
    switch (verdict) {
      case BAD_SIGNATURE -> throw ApiProblem.NOTIFICATION_SIGNATURE.exception();
      case STALE -> throw ApiProblem.NOTIFICATION_STALE.exception();
      case VALID -> {}
    }
    Notification notification = validate(parse(raw));
    Recorded recorded =
        notifications.record(notification, Instant.ofEpochSecond(Long.parseLong(timestamp.trim())));
    return new Answer(
        recorded.receiptNumber(), recorded.applicationId(), recorded.status(), recorded.match());
  }

  /** The answer to the gateway, the same for every delivery of one notification. */
  @NullMarked
  record Answer(
      @Schema(example = "PG-251231-7C1E09AB") String receiptNumber,
      @Schema(
              description =
                  "The application the receipt pays for: the one its reference names, the one it"
                      + " was matched or assigned to; null while it pays for none",
              nullable = true,
              example = "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11")
          @Nullable UUID applicationId,
      @Schema(description = "Always RECORDED", example = "RECORDED") String status,
      @Schema(
              description =
                  "How the receipt found its application: REFERENCE (the reference is an"
                      + " application id), UNKNOWN_REFERENCE (the reference is no application id),"
                      + " MATCHED (no reference; exactly one application fits payer, amount and"
                      + " date), AMBIGUOUS (no reference; several fit: an officer chooses),"
                      + " UNMATCHED (no reference; none fits yet), ASSIGNED (an officer assigned"
                      + " it)",
              example = "MATCHED")
          MatchStatus match) {}

  private Body parse(byte[] raw) {
    try {
      Body parsed = json.readValue(raw, Body.class);
      if (parsed == null) {
        throw ApiProblem.MALFORMED_NOTIFICATION.detail("empty-notification");
      }
      return parsed;
    } catch (UnacceptableTextException e) {
      // a NUL or a lone surrogate in a field: platform/web's rule, named like any broken field
      throw ApiProblem.invalidField(
          e.field(), e.flaw().rule(), e.flaw().text().key(), e.flaw().text().args().toArray());
    } catch (JacksonException e) {
      throw ApiProblem.MALFORMED_NOTIFICATION.detail("notification");
    }
  }

  private static Notification validate(Body body) {
    if (body.receiptNumber() == null
        || body.receiptNumber().isBlank()
        || body.receiptNumber().length() > 100) {
      throw ApiProblem.invalidField("receiptNumber", "Invalid", "field.length", 1, 100);
    }
    if (body.payerId() == null || !body.payerId().matches("\\d{12}")) {
      throw ApiProblem.invalidField("payerId", "Invalid", "field.payer-id");
    }
    if (body.amount() == null || body.amount().signum() <= 0 || body.amount().scale() > 2) {
      throw ApiProblem.invalidField("amount", "Invalid", "field.tenge");
    }
    if (body.paidAt() == null) {
      throw ApiProblem.invalidField(
          "paidAt", "NotNull", "jakarta.validation.constraints.NotNull.message");
    }
    // no reference (absent, null or blank): a payment in cash or by bank transfer
    String reference =
        body.reference() == null || body.reference().isBlank() ? null : body.reference().trim();
    if (reference != null && reference.length() > 200) {
      throw ApiProblem.invalidField("reference", "Invalid", "field.max-length", 200);
    }
    return new Notification(
        body.receiptNumber().trim(),
        body.payerId(),
        body.amount(),
        // the database keeps microseconds; a repeat must compare equal to what was stored
        body.paidAt().truncatedTo(ChronoUnit.MICROS),
        reference);
  }
}
