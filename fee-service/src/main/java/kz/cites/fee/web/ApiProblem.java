package kz.cites.fee.web;

import java.net.URI;
import kz.cites.web.Paging;
import kz.cites.web.ProblemException;
import kz.cites.web.ProblemSpec;
import kz.cites.web.ProblemType;
import kz.cites.web.Problems;
import kz.cites.web.Text;
import org.springframework.http.HttpStatus;

/**
 * Every problem type fee-service can answer, in ONE place: its type URI, HTTP status and title
 * (what the code sends) and when it happens. The service builds its own problems from here; the
 * shared ones of platform/web ({@code validation}, {@code not-found}, {@code unauthenticated},
 * {@code conflict}, ...) are listed with the titles that platform sends.
 */
public enum ApiProblem implements ProblemType {
  VALIDATION(
      Problems.VALIDATION,
      HttpStatus.BAD_REQUEST,
      "Invalid request",
      "A request parameter, path variable or body field breaks a rule: a missing or malformed"
          + " date (quote, reconciliation), a reconciliation range that ends before it starts or"
          + " spans more than 366 days, an MCI year outside 2000-2100, value or source, a payment"
          + " notification's receiptNumber, payerId, amount, paidAt or reference (longer than 200"
          + " characters; it may be absent), a receipt assignment without a valid applicationId,"
          + " an unknown status filter of the receipts waiting for an officer. field names it and"
          + " errors[] has the broken rule."),
  MALFORMED_BODY(
      Problems.MALFORMED_BODY,
      HttpStatus.BAD_REQUEST,
      "Malformed request body",
      "The body of PUT /api/v1/fees/tariff/mci/{year} or of a receipt assignment is not JSON of"
          + " the expected shape (answered by platform/web)."),
  MALFORMED_NOTIFICATION(
      Problems.MALFORMED_BODY,
      HttpStatus.BAD_REQUEST,
      "Malformed request body",
      "A correctly signed payment notification whose body is empty or not a payment notification"
          + " in JSON. Same type (and title) as MALFORMED_BODY."),
  UNAUTHENTICATED(
      Problems.UNAUTHENTICATED,
      HttpStatus.UNAUTHORIZED,
      "Authentication required",
      "No bearer token, or one that is expired, not signed by the e-government identity provider"
          + " or not meant for this API (every route but the payment notifications)."),
  NOTIFICATION_SIGNATURE(
      Problems.type("notification-signature"),
      HttpStatus.UNAUTHORIZED,
      "Invalid signature",
      "A payment notification without X-Timestamp or X-Signature, with malformed ones, or whose"
          + " HMAC does not match the timestamp and body (the HMAC is that route's"
          + " authentication)."),
  NOTIFICATION_STALE(
      Problems.type("notification-stale"),
      HttpStatus.UNAUTHORIZED,
      "Stale notification",
      "A correctly signed payment notification whose timestamp is further from now than"
          + " cites.fee.notifications.max-age (5 minutes): a replay is refused."),
  FORBIDDEN(
      Problems.FORBIDDEN,
      HttpStatus.FORBIDDEN,
      "Forbidden",
      "The token's roles do not allow this route (e.g. setting the MCI without TARIFF_ADMIN, an"
          + " APPLICANT asking for the reconciliation, anyone but an OFFICER assigning a receipt)."),
  NOT_FOUND(
      Problems.NOT_FOUND,
      HttpStatus.NOT_FOUND,
      "Not found",
      "No fee for the application yet (not submitted or not seen), or the caller is an applicant"
          + " who is not its payer (the answer does not tell which); a receipt assignment for a"
          + " receipt number the gateway never notified (field receiptNumber)."),
  METHOD_NOT_ALLOWED(
      Problems.METHOD_NOT_ALLOWED,
      HttpStatus.METHOD_NOT_ALLOWED,
      "Method not allowed",
      "The path exists but not with this HTTP method (answered by platform/web)."),
  NOT_ACCEPTABLE(
      Problems.NOT_ACCEPTABLE,
      HttpStatus.NOT_ACCEPTABLE,
      "Not acceptable",
      "The Accept header names no representation the operation produces (answered by"
          + " platform/web)."),
  UNSUPPORTED_MEDIA_TYPE(
      Problems.UNSUPPORTED_MEDIA_TYPE,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "Unsupported media type",
      "The MCI body's Content-Type is not application/json (answered by platform/web)."),
  CONFLICT(
      Problems.CONFLICT,
      HttpStatus.CONFLICT,
      "Conflict",
      "Another request changed the same data at the same moment; nothing was changed by this one"
          + " (answered by platform/web). Retry."),
  NOTIFICATION_CONFLICT(
      Problems.type("notification-conflict"),
      HttpStatus.CONFLICT,
      "Receipt already notified with other content",
      "A payment notification repeats a known receipt number with another payer, amount, paidAt"
          + " or reference. field is receiptNumber."),
  RECEIPT_ALREADY_ASSIGNED(
      Problems.type("receipt-already-assigned"),
      HttpStatus.CONFLICT,
      "Receipt already pays for an application",
      "A receipt assignment for a receipt that already pays for another application: by its"
          + " reference, matched by payer, amount and date, or assigned by an officer before."
          + " field is receiptNumber, applicationId the application it pays for, matchStatus how"
          + " (REFERENCE, MATCHED, ASSIGNED). The same assignment repeated is no conflict."),
  MCI_IN_USE(
      Problems.type("mci-in-use"),
      HttpStatus.CONFLICT,
      "MCI already used",
      "The MCI of the year would change although duties were already assessed, or payments"
          + " judged, with it. field is value, year the year."),
  MCI_NOT_SET(
      Problems.type("mci-not-set"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Tariff not set",
      "A quote for a day of payment whose year has no MCI (or no duty rate) in the tariff yet."
          + " field is date, year the year."),
  RECEIPT_NOT_ASSIGNABLE(
      Problems.type("receipt-not-assignable"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Receipt cannot pay for this application",
      "A receipt assignment to an application the receipt cannot pay for. field is"
          + " applicationId, reason NO_APPLICATION (no submitted application with that id),"
          + " OTHER_PAYER (the application's applicant is not the receipt's payer: the duty must"
          + " come from the applicant) or FEE_DECIDED (its duty is already CONFIRMED or REJECTED)."
          + " Nothing is changed."),
  INTERNAL(
      Problems.INTERNAL,
      HttpStatus.INTERNAL_SERVER_ERROR,
      "Internal error",
      "An unexpected failure on the service's side; nothing was changed (answered by"
          + " platform/web).");

  /**
   * A {@code page} or {@code size} out of bounds ({@link Paging}): a validation problem naming it,
   * as every other bad parameter here.
   */
  public static final Paging.Refusal BAD_PAGE =
      (name, min, max) ->
          max == Integer.MAX_VALUE
              ? invalidField(name, "Min", "field.page.min", min)
              : invalidField(name, "Range", "field.page.range", min, max);

  private final ProblemSpec spec;

  ApiProblem(URI type, HttpStatus status, String title, String when) {
    this.spec = new ProblemSpec(type, status, title, when);
  }

  @Override
  public ProblemSpec spec() {
    return spec;
  }

  @Override
  public String exampleMembers() {
    return switch (this) {
      case VALIDATION ->
          """
          {"field": "date", "errors": [{"field": "date", "rule": "TypeMismatch",
            "message": "must be a date (YYYY-MM-DD)"}]}
          """;
      case NOTIFICATION_CONFLICT -> "{\"field\": \"receiptNumber\"}";
      case RECEIPT_ALREADY_ASSIGNED ->
          """
          {"field": "receiptNumber", "applicationId": "5f0e2d1c-9b8a-4c7d-8e6f-1a2b3c4d5e6f",
           "matchStatus": "ASSIGNED"}
          """;
      case MCI_IN_USE -> "{\"field\": \"value\", \"year\": 2026}";
      case MCI_NOT_SET -> "{\"field\": \"date\", \"year\": 2029}";
      case RECEIPT_NOT_ASSIGNABLE -> "{\"field\": \"applicationId\", \"reason\": \"OTHER_PAYER\"}";
      default -> "{}";
    };
  }

  /**
   * A {@link #VALIDATION} problem naming one field, in the shape of the shared handler's body
   * validation: {@code field}, and {@code errors[]} with the one broken rule, whose message is the
   * bundles' {@code messageKey} with {@code args}; the detail names the field and says the same.
   */
  public static ProblemException invalidField(
      String field, String rule, String messageKey, Object... args) {
    return VALIDATION
        .detail("field", field, Text.of(messageKey, args))
        .with("field", field)
        .withError(field, rule, messageKey, args);
  }
}
