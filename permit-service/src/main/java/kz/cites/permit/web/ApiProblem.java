package kz.cites.permit.web;

import java.net.URI;
import java.util.List;
import kz.cites.web.Paging;
import kz.cites.web.ProblemException;
import kz.cites.web.ProblemSpec;
import kz.cites.web.ProblemType;
import kz.cites.web.Problems;
import kz.cites.web.Text;
import org.springframework.http.HttpStatus;

/**
 * Every problem type permit-service can answer, in ONE place: its type URI, HTTP status and title
 * (what the code sends) and when it happens. The service builds its own problems from here; the
 * shared ones of platform/web ({@code validation}, {@code not-found}, {@code unauthenticated},
 * {@code conflict}, ...) are listed with the titles that platform sends.
 */
public enum ApiProblem implements ProblemType {
  VALIDATION(
      Problems.VALIDATION,
      HttpStatus.BAD_REQUEST,
      "Invalid request",
      "A body field or request parameter breaks a rule: a cancellation without a reason, a"
          + " decision without a verdict, a refusal without grounds or reason, grounds or"
          + " special conditions with the wrong verdict, a malformed Idempotency-Key, a page below 0"
          + " or a size outside its bounds, a dueBefore that is neither an instant nor a date, an"
          + " applicationId that is no UUID, an annual"
          + " report's year that is no number or outside 2000 to the current year; a quota of a"
          + " year outside 2000..2100, a taxon not written as the checklist writes a species, an"
          + " unknown source, term or unit code, a quantity not above 0. field names"
          + " the (first) field; errors[] lists every broken rule where there are several."),
  MALFORMED_BODY(
      Problems.MALFORMED_BODY,
      HttpStatus.BAD_REQUEST,
      "Malformed request body",
      "The body of a decision or cancellation is not JSON of the expected shape, e.g. an unknown"
          + " verdict or ground (answered by platform/web)."),
  UNAUTHENTICATED(
      Problems.UNAUTHENTICATED,
      HttpStatus.UNAUTHORIZED,
      "Authentication required",
      "No bearer token, or one that is expired, not signed by the e-government identity provider"
          + " or not meant for this API (every route but public verification and the keys)."),
  FORBIDDEN(
      Problems.FORBIDDEN,
      HttpStatus.FORBIDDEN,
      "Forbidden",
      "The token's roles do not allow this route (e.g. an APPLICANT deciding a case or reading"
          + " the audit trail, an OPERATOR cancelling a permit or setting a quota)."),
  NOT_FOUND(
      Problems.NOT_FOUND,
      HttpStatus.NOT_FOUND,
      "Not found",
      "No such review case, permit, refusal or quota, or it is not the caller's (the answer does not tell"
          + " which); in public verification, an unknown number or a wrong or missing security"
          + " code, all with the same answer; the CMS (application/pkcs7-signature) of a document"
          + " signed before signatures were kept."),
  METHOD_NOT_ALLOWED(
      Problems.METHOD_NOT_ALLOWED,
      HttpStatus.METHOD_NOT_ALLOWED,
      "Method not allowed",
      "The path exists but not with this HTTP method (answered by platform/web)."),
  NOT_ACCEPTABLE(
      Problems.NOT_ACCEPTABLE,
      HttpStatus.NOT_ACCEPTABLE,
      "Not acceptable",
      "The Accept header names no representation the operation produces: JSON, or for a signed"
          + " document application/jose, application/pkcs7-signature or application/pdf, for the"
          + " annual report application/json or text/csv (answered by platform/web)."),
  UNSUPPORTED_MEDIA_TYPE(
      Problems.UNSUPPORTED_MEDIA_TYPE,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "Unsupported media type",
      "The body of a decision or cancellation is not application/json (answered by"
          + " platform/web)."),
  CONFLICT(
      Problems.CONFLICT,
      HttpStatus.CONFLICT,
      "Conflict",
      "Another request changed the same data at the same moment; nothing was changed by this one"
          + " (answered by platform/web). Reload and retry."),
  IDEMPOTENCY_KEY_IN_USE(
      Problems.type("idempotency-key-in-use"),
      HttpStatus.CONFLICT,
      "Idempotency key in use",
      "A request with the same Idempotency-Key of the same caller is still being processed;"
          + " nothing was done by this one. Retry it a moment later: it then gets the first"
          + " request's answer."),
  IDEMPOTENCY_KEY_REUSED(
      Problems.type("idempotency-key-reused"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Idempotency key reused",
      "The Idempotency-Key was used by the same caller within 24 hours for another request"
          + " (another operation or another body); nothing was done. A new request needs a new"
          + " key."),
  CASE_ALREADY_DECIDED(
      Problems.type("case-already-decided"),
      HttpStatus.CONFLICT,
      "Case already decided",
      "An officer's decision on a case that is already APPROVED or REFUSED (also the second of two"
          + " concurrent decisions). applicationId and caseStatus say which."),
  CASE_NOT_IN_REVIEW(
      Problems.type("case-not-in-review"),
      HttpStatus.CONFLICT,
      "Case not in review",
      "An officer's decision on a case still collecting its verification and fee outcomes."
          + " applicationId and caseStatus say which."),
  HEARING_IN_PROGRESS(
      Problems.type("hearing-in-progress"),
      HttpStatus.CONFLICT,
      "Hearing in progress",
      "An officer's refusal of a case whose applicant was notified of the preliminary refusal and"
          + " may still answer (APC art. 73): the final refusal waits for the answer, and without"
          + " one it becomes final by itself at the deadline. An approval is possible at any time."
          + " applicationId, caseStatus and answerBy say which case and until when."),
  CASE_WITHDRAWN(
      Problems.type("case-withdrawn"),
      HttpStatus.CONFLICT,
      "Case withdrawn",
      "An officer's decision on a case the applicant withdrew before it was decided."
          + " applicationId and caseStatus say which."),
  PERMIT_NOT_CANCELLABLE(
      Problems.type("permit-not-cancellable"),
      HttpStatus.CONFLICT,
      "Permit cannot be cancelled",
      "A cancellation of a permit that is no longer valid (expired, used or already cancelled)."
          + " number and permitStatus say which."),
  PERMIT_NOT_ENDORSABLE(
      Problems.type("permit-not-endorsable"),
      HttpStatus.CONFLICT,
      "Permit cannot be endorsed",
      "A customs endorsement of a permit that is not valid: expired or cancelled. number and"
          + " permitStatus say which."),
  PERMIT_ALREADY_ENDORSED(
      Problems.type("permit-already-endorsed"),
      HttpStatus.CONFLICT,
      "Permit already endorsed",
      "A second customs endorsement: a permit covers one consignment and is USED once endorsed."
          + " number and endorsedOn say when it was."),
  ENDORSEMENT_NOT_ON_PERMIT(
      Problems.type("endorsement-not-on-permit"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Line not on the permit",
      "An endorsement names a line the permit does not have (lines are numbered from 1 in the"
          + " permit's order), or names a line twice. errors[] names each such line."),
  ENDORSED_QUANTITY_EXCEEDS_PERMIT(
      Problems.type("endorsed-quantity-exceeds-permit"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Quantity above the permit's",
      "An endorsement ships more of a line than the permit allows. errors[] names each line with"
          + " the permit's quantity."),
  ENDORSEMENT_DATE_OUTSIDE_VALIDITY(
      Problems.type("endorsement-date-outside-validity"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Endorsement date outside the permit's validity",
      "endorsedOn lies before the permit was issued, after its last day, or in the future"
          + " (Kazakhstan dates)."),
  QUOTA_EXISTS(
      Problems.type("quota-exists"),
      HttpStatus.CONFLICT,
      "Quota already set",
      "A new export quota for a year, taxon, source and term that already have one; change that"
          + " one instead (PUT). quotaId names it."),
  QUOTA_BELOW_CONSUMED(
      Problems.type("quota-below-consumed"),
      HttpStatus.CONFLICT,
      "Quota below what was exported",
      "A quota lowered below what issued export permits have already taken of it. field is"
          + " quantity; quotaId and consumed say which quota and how much was taken."),
  QUOTA_UNIT_IN_USE(
      Problems.type("quota-unit-in-use"),
      HttpStatus.CONFLICT,
      "Quota unit in use",
      "A change of a quota's unit after permits took from it: what they took is counted in the"
          + " old unit. field is unitCode; quotaId and unitCode name the quota and its unit."),
  EXPORT_QUOTA_EXCEEDED(
      Problems.type("export-quota-exceeded"),
      HttpStatus.CONFLICT,
      "Export quota exceeded",
      "An officer's approval of an export that a quota of its year cannot take (less left than"
          + " the lines ask for, or a line in another unit), on a case already heard on ground 2"
          + " or in a hearing: nothing was issued. Before that, the same approval ends in a"
          + " preliminary refusal on ground 2 naming the quota instead (ADR 0016). quotaId,"
          + " requested and remaining say which quota and by how much."),
  PERMIT_NOT_CONFIRMABLE(
      Problems.type("permit-not-confirmable"),
      HttpStatus.CONFLICT,
      "Permit cannot be confirmed",
      "An import confirmation through the e-permit exchange of a permit that was cancelled: no"
          + " import may take place under it. number and permitStatus say which."),
  IMPORT_ALREADY_CONFIRMED(
      Problems.type("import-already-confirmed"),
      HttpStatus.CONFLICT,
      "Import already confirmed",
      "A second import confirmation of a permit: the importing country answers once for its one"
          + " consignment. number and confirmedOn say when it did."),
  CONFIRMATION_NOT_ON_PERMIT(
      Problems.type("confirmation-not-on-permit"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Line not on the permit",
      "An import confirmation names a line the permit does not have (lines are numbered from 1"
          + " in the permit's order), or names a line twice. errors[] names each such line."),
  CONFIRMED_QUANTITY_EXCEEDS_PERMIT(
      Problems.type("confirmed-quantity-exceeds-permit"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Quantity above the permit's",
      "An import confirmation states more of a line than the permit allows. errors[] names each"
          + " line with the permit's quantity."),
  CONFIRMATION_DATE_OUTSIDE_VALIDITY(
      Problems.type("confirmation-date-outside-validity"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Import date outside the permit's validity",
      "confirmedOn lies before the permit was issued, after its last day, or in the future"
          + " (Kazakhstan dates)."),
  OFFICER_SIGNATURE_REFUSED(
      Problems.type("officer-signature-refused"),
      HttpStatus.FORBIDDEN,
      "Officer's signature refused",
      "An officer's decision whose EDS signature the NCA would not make: it did not accept the"
          + " officer's token of the request (expired, revoked or not the identity provider's)."
          + " Nothing was decided (the case, permit numbers and audit are as before); sign in"
          + " again and repeat the decision. officer names the IIN."),
  SIGNATURE_SERVICE_UNAVAILABLE(
      Problems.type("signature-service-unavailable"),
      HttpStatus.SERVICE_UNAVAILABLE,
      "Signature service unavailable",
      "An officer's decision whose EDS signature could not be had from the NCA's remote signing:"
          + " unreachable, too slow (cites.signing.timeout), an error, or an answer that is no"
          + " valid signature of that officer. Nothing was decided; try again later. officer"
          + " names the IIN."),
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
          invalidFields(
              List.of(
                  max == Integer.MAX_VALUE
                      ? BrokenRule.of(name, "Min", "field.page.min", min)
                      : BrokenRule.of(name, "Range", "field.page.range", min, max)));

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
    String id = "\"applicationId\": \"0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31\"";
    return switch (this) {
      case VALIDATION ->
          """
          {"field": "reason", "errors": [{"field": "reason", "rule": "NotBlank",
            "message": "must not be blank"}]}
          """;
      case NOT_FOUND -> "{" + id + "}";
      case CASE_ALREADY_DECIDED -> "{" + id + ", \"caseStatus\": \"APPROVED\"}";
      case CASE_NOT_IN_REVIEW -> "{" + id + ", \"caseStatus\": \"COLLECTING\"}";
      case CASE_WITHDRAWN -> "{" + id + ", \"caseStatus\": \"WITHDRAWN\"}";
      case HEARING_IN_PROGRESS ->
          "{" + id + ", \"caseStatus\": \"HEARING\", \"answerBy\": \"2026-09-02T13:00:00Z\"}";
      case QUOTA_EXISTS -> "{\"quotaId\": 7}";
      case QUOTA_BELOW_CONSUMED -> "{\"field\": \"quantity\", \"quotaId\": 7, \"consumed\": 12}";
      case QUOTA_UNIT_IN_USE -> "{\"field\": \"unitCode\", \"quotaId\": 7, \"unitCode\": \"KIL\"}";
      case EXPORT_QUOTA_EXCEEDED ->
          "{" + id + ", \"quotaId\": 7, \"requested\": 3, \"remaining\": 1}";
      case PERMIT_NOT_CONFIRMABLE ->
          "{\"number\": \"26KZ000001\", \"permitStatus\": \"CANCELLED\"}";
      case IMPORT_ALREADY_CONFIRMED ->
          "{\"number\": \"26KZ000001\", \"confirmedOn\": \"2026-04-17\"}";
      case PERMIT_NOT_CANCELLABLE ->
          "{\"number\": \"26KZ000001\", \"permitStatus\": \"CANCELLED\"}";
      case OFFICER_SIGNATURE_REFUSED, SIGNATURE_SERVICE_UNAVAILABLE ->
          "{\"officer\": \"860606407353\"}";
      default -> "{}";
    };
  }

  /** One broken rule of a field: its JSON path, the rule's name and its message (bundle key). */
  public record BrokenRule(String field, String rule, Text message) {

    public static BrokenRule of(String field, String rule, String messageKey, Object... args) {
      return new BrokenRule(field, rule, Text.of(messageKey, args));
    }
  }

  /**
   * A {@link #VALIDATION} problem in the shape of the shared handler's body validation: {@code
   * errors[]} with every broken rule, and {@code field} naming the first.
   */
  public static ProblemException invalidFields(List<BrokenRule> errors) {
    ProblemException problem =
        VALIDATION.detail("fields", errors.size()).with("field", errors.getFirst().field());
    errors.forEach(e -> problem.withError(e.field(), e.rule(), e.message()));
    return problem;
  }
}
