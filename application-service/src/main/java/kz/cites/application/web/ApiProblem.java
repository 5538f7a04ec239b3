package kz.cites.application.web;

import java.net.URI;
import kz.cites.web.Paging;
import kz.cites.web.ProblemSpec;
import kz.cites.web.ProblemType;
import kz.cites.web.Problems;
import org.springframework.http.HttpStatus;

/**
 * Every problem type application-service can answer, in ONE place: its type URI, HTTP status and
 * title (what the code sends), when it happens and an example of its extension members (what the
 * OpenAPI and {@code docs/api-problems.md} show). The service builds its own problems from here;
 * the shared ones of platform/web ({@code validation}, {@code not-found}, {@code unauthenticated},
 * ...) are listed with the titles that platform sends. A test fails when code emits a type that is
 * not listed here, or when a listed type is missing from the OpenAPI or the problems page.
 */
public enum ApiProblem implements ProblemType {
  VALIDATION(
      Problems.VALIDATION,
      HttpStatus.BAD_REQUEST,
      "Invalid request",
      "A field of the body or a request parameter breaks a rule of the contract: required,"
          + " length, pattern, IIN/BIN check digit, a code outside its CITES list, quantity"
          + " bounds, animalCount (a whole number from 1, without unitCode at most the quantity),"
          + " a date rule (planned transport date in the past, origin permit issued or specimen"
          + " taken (takenOn) in the future) or a missing request parameter. errors[] lists every"
          + " broken field at once.",
      "2 field(s) break the rules of the contract.",
      """
      {"errors": [
        {"field": "applicant.iin", "rule": "Iin",
         "message": "must be an IIN: 12 digits with a correct check digit"},
        {"field": "specimens[0].sourceCode", "rule": "CitesCode",
         "message": "is not a known code of the list SOURCE"}]}
      """),
  MALFORMED_BODY(
      Problems.MALFORMED_BODY,
      HttpStatus.BAD_REQUEST,
      "Malformed request body",
      "The body is not JSON of the expected shape (a number where a string belongs, a number or a"
          + " string where a boolean belongs: personalDataConsent must be JSON true or false, a key"
          + " given twice, a broken document) or a multipart body cannot be read. field is the"
          + " JSON path where reading failed, when known.",
      "The request body is not valid JSON of the expected shape (check field types and enum"
          + " values).",
      """
      {"field": "personalDataConsent"}
      """),
  INVALID_PARAMETER(
      Problems.type("invalid-parameter"),
      HttpStatus.BAD_REQUEST,
      "Invalid parameter",
      "A path variable, query parameter, header or multipart field has a wrong format or value:"
          + " an id that is no UUID, page < 0, size outside 1..100, an unknown status or document"
          + " type, an Idempotency-Key that is not 1 to 200 visible ASCII characters, a species"
          + " query shorter than 2 characters. field names it.",
      "size must be between 1 and 100",
      """
      {"field": "size"}
      """),
  EMPTY_DOCUMENT(
      Problems.type("empty-document"),
      HttpStatus.BAD_REQUEST,
      "Empty document",
      "The uploaded file has no bytes.",
      "The file is empty",
      """
      {"field": "file"}
      """),
  SPECIES_IMPORT_INVALID(
      Problems.type("species-import-invalid"),
      HttpStatus.BAD_REQUEST,
      "Species+ file not accepted",
      "The Species+ NDJSON has a malformed line or lists no animal taxon; the checklist is"
          + " unchanged.",
      "line 17 is not a JSON object",
      """
      {"field": "body"}
      """),
  UNAUTHENTICATED(
      Problems.UNAUTHENTICATED,
      HttpStatus.UNAUTHORIZED,
      "Authentication required",
      "No bearer token, or one that is expired, not signed by the e-government identity provider"
          + " or not meant for this API.",
      "A valid bearer token is required.",
      "{}"),
  FORBIDDEN(
      Problems.FORBIDDEN,
      HttpStatus.FORBIDDEN,
      "Forbidden",
      "The token's roles do not allow this route (e.g. an OFFICER creating a draft, an APPLICANT"
          + " importing the checklist).",
      "Your role does not allow this request.",
      "{}"),
  APPLICANT_MISMATCH(
      Problems.type("applicant-mismatch"),
      HttpStatus.FORBIDDEN,
      "Not your application",
      "The applicant in the body is not the signed-in person: applicant.iin must be the token's"
          + " iin, and for a LEGAL_ENTITY applicant.bin must be the token's bin (the company the"
          + " person acts for). field names which.",
      "The applicant's IIN must be the IIN of the signed-in person",
      """
      {"field": "applicant.iin"}
      """),
  NOT_FOUND(
      Problems.NOT_FOUND,
      HttpStatus.NOT_FOUND,
      "Not found",
      "No such application, document, notification, webhook subscription or delivery, or it"
          + " belongs to another applicant (the answer does not tell which).",
      "Application 0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31 not found",
      "{}"),
  METHOD_NOT_ALLOWED(
      Problems.METHOD_NOT_ALLOWED,
      HttpStatus.METHOD_NOT_ALLOWED,
      "Method not allowed",
      "The path exists but not with this HTTP method (the Allow header lists those it takes)."
          + " Mostly the role rules answer 403 forbidden first, for a method a path has no rule"
          + " for.",
      "Request method 'DELETE' is not supported.",
      "{}"),
  NOT_ACCEPTABLE(
      Problems.NOT_ACCEPTABLE,
      HttpStatus.NOT_ACCEPTABLE,
      "Not acceptable",
      "The Accept header names no representation the operation produces (JSON, or the document's"
          + " own type for a download); the problem comes as application/problem+json even when"
          + " Accept excludes it.",
      "Acceptable representations: [application/json, application/problem+json].",
      "{}"),
  UNSUPPORTED_MEDIA_TYPE(
      Problems.UNSUPPORTED_MEDIA_TYPE,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "Unsupported media type",
      "The request body's Content-Type is not the one the operation consumes (application/json,"
          + " or multipart/form-data for uploads).",
      "Content-Type 'text/plain' is not supported.",
      "{}"),
  BODY_TOO_LARGE(
      Problems.BODY_TOO_LARGE,
      HttpStatus.CONTENT_TOO_LARGE,
      "Request body too large",
      "A JSON request body over cites.web.max-json-body-size (1 MB): refused from its"
          + " Content-Length, or as soon as a body without one passes the limit (platform/web)."
          + " Uploads have their own limits (document-too-large).",
      "The request body is larger than 1048576 bytes, the most this API reads.",
      "{}"),
  REQUEST_REJECTED(
      Problems.REQUEST_REJECTED,
      HttpStatus.BAD_REQUEST,
      "Request rejected",
      "The path holds a sequence two parsers could read differently: \";\", an encoded \"/\","
          + " \"\\\", \"%\" or NUL, \"..\" (Spring Security's firewall, or Tomcat before it).",
      "The request's path or headers hold characters or sequences this API does not accept.",
      "{}"),
  MALFORMED_REQUEST(
      Problems.MALFORMED_REQUEST,
      HttpStatus.BAD_REQUEST,
      "Malformed request",
      "The request cannot be read as HTTP: a character no URL may hold, a broken"
          + " percent-encoding, no request line, a required header missing.",
      "The request could not be read as HTTP: its request line, path or headers are malformed.",
      "{}"),
  URI_TOO_LONG(
      Problems.URI_TOO_LONG,
      HttpStatus.URI_TOO_LONG,
      "URI too long",
      "The request line (method, path and query) does not fit server.max-http-request-header-size"
          + " (8 KB; at the gateway server.netty.max-initial-line-length, 4 KB).",
      "The request line (method, path and query) is longer than this API accepts.",
      "{}"),
  HEADERS_TOO_LARGE(
      Problems.HEADERS_TOO_LARGE,
      HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
      "Request headers too large",
      "The request headers do not fit server.max-http-request-header-size (8 KB).",
      "The request headers are larger than this API accepts.",
      "{}"),
  APPLICATION_NOT_DRAFT(
      Problems.type("application-not-draft"),
      HttpStatus.CONFLICT,
      "Not a draft",
      "Content and documents change only while the application is a DRAFT.",
      "Application 0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31 is SUBMITTED; only a draft can be changed",
      "{}"),
  APPLICATION_ALREADY_SUBMITTED(
      Problems.type("application-already-submitted"),
      HttpStatus.CONFLICT,
      "Already submitted",
      "The application was submitted before, and this submission does not repeat the first one's"
          + " Idempotency-Key (a repeat with the same key gets the first answer instead).",
      "Application 0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31 was already submitted"
          + " (CITES-2026-000042)",
      "{}"),
  APPLICATION_DECIDED(
      Problems.type("application-decided"),
      HttpStatus.CONFLICT,
      "Application already decided",
      "The authority already decided (ISSUED or REFUSED): the application can no longer be"
          + " withdrawn.",
      "Application 0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31 is already decided (ISSUED); it cannot be"
          + " withdrawn",
      "{}"),
  NO_OPEN_HEARING(
      Problems.type("no-open-hearing"),
      HttpStatus.CONFLICT,
      "No open hearing",
      "An answer (objection) or a hearing upload for an application whose status is not HEARING:"
          + " no preliminary refusal was notified, or the authority already decided."
          + " applicationStatus says where it stands.",
      "Application 0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31 has no open hearing (it is IN_REVIEW)",
      """
      {"applicationStatus": "IN_REVIEW"}
      """),
  HEARING_ALREADY_ANSWERED(
      Problems.type("hearing-already-answered"),
      HttpStatus.CONFLICT,
      "Position already stated",
      "A second answer in the same hearing: the applicant states a position once per hearing;"
          + " answeredAt says when it was.",
      "The position in this hearing was already stated",
      """
      {"hearingId": "5f0c2a61-3b7d-4c8e-9a14-2d6e8f0a1b23", "answeredAt": "2026-03-27T06:10:00Z"}
      """),
  HEARING_DEADLINE_PASSED(
      Problems.type("hearing-deadline-passed"),
      HttpStatus.CONFLICT,
      "Hearing deadline passed",
      "An answer after the hearing's deadline (18:00 Almaty on the 2nd working day after the"
          + " notice): the refusal becomes final on the grounds notified. answerBy says when the"
          + " deadline was.",
      "The deadline to state a position was 2026-03-30T13:00:00Z",
      """
      {"hearingId": "5f0c2a61-3b7d-4c8e-9a14-2d6e8f0a1b23", "answerBy": "2026-03-30T13:00:00Z"}
      """),
  UNKNOWN_DOCUMENT(
      Problems.type("unknown-document"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Unknown document",
      "A document id given with the position is not a document of this application: upload it"
          + " first (POST /api/v1/applications/{id}/documents, open during the hearing). field"
          + " names the entry.",
      "Document 7c3e9b20-4a1d-4f6b-8e2c-5a9d1f3b7e40 is not a document of this application",
      """
      {"field": "documentIds[0]"}
      """),
  APPLICATION_WITHDRAWN(
      Problems.type("application-withdrawn"),
      HttpStatus.CONFLICT,
      "Application withdrawn",
      "The applicant withdrew the application: it can be neither submitted nor withdrawn again.",
      "Application 0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31 was withdrawn by the applicant",
      "{}"),
  CONFLICT(
      Problems.CONFLICT,
      HttpStatus.CONFLICT,
      "Conflict",
      "Another request changed the same application at the same moment; nothing was changed by"
          + " this one. Reload and retry.",
      "The resource was changed by another request at the same time; nothing was changed by this"
          + " one. Reload it and try again.",
      "{}"),
  IDEMPOTENCY_KEY_IN_USE(
      Problems.type("idempotency-key-in-use"),
      HttpStatus.CONFLICT,
      "Idempotency key in use",
      "A request with the same Idempotency-Key of the same caller is still being processed;"
          + " nothing was done by this one. Retry it a moment later: it then gets the first"
          + " request's answer.",
      "A request with this Idempotency-Key is still being processed; retry later.",
      "{}"),
  IDEMPOTENCY_KEY_REUSED(
      Problems.type("idempotency-key-reused"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Idempotency key reused",
      "The Idempotency-Key was used by the same caller within 24 hours for another request"
          + " (another operation or another body); nothing was done. A new request needs a new"
          + " key.",
      "This Idempotency-Key was used for another request; use a new key.",
      """
      {"field": "Idempotency-Key"}
      """),
  PRECONDITION_FAILED(
      Problems.type("precondition-failed"),
      HttpStatus.PRECONDITION_FAILED,
      "Precondition failed",
      "If-Match names a version of the draft that is no longer the current one (someone changed"
          + " it since it was read); nothing was changed. GET it again (ETag) and retry.",
      "The application has changed since version \"3\"; its current version is \"4\".",
      """
      {"field": "If-Match", "currentETag": "\\"4\\""}
      """),
  DOCUMENT_TOO_LARGE(
      Problems.type("document-too-large"),
      HttpStatus.CONTENT_TOO_LARGE,
      "Document too large",
      "The file is larger than cites.documents.max-size (default 10 MB), or the whole upload"
          + " larger than cites.documents.max-request-size (default 11 MB; refused from"
          + " Content-Length before the body is read).",
      "The upload is larger than 10 MB",
      """
      {"field": "file"}
      """),
  UNSUPPORTED_DOCUMENT_FORMAT(
      Problems.type("unsupported-document-format"),
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "Unsupported document format",
      "The file is no PDF, JPEG or PNG by its leading bytes (its name and declared type do not"
          + " count).",
      "The file is not a PDF, JPEG or PNG (recognised from its content)",
      """
      {"field": "file"}
      """),
  UNKNOWN_SPECIES(
      Problems.type("unknown-species"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Unknown species",
      "A specimen's scientificName is neither an accepted name nor a synonym of a CITES-listed"
          + " animal in the checklist. species[] lists every such line with the 5 closest"
          + " accepted names; field is the first one. On submission too: the checklist may have"
          + " changed since the draft was saved.",
      "'Falco cheruq' is not a CITES-listed animal in the checklist",
      """
      {"field": "specimens[0].scientificName",
       "species": [{"field": "specimens[0].scientificName", "name": "Falco cheruq",
                    "suggestions": ["Falco cherrug", "Falco rusticolus", "Falco peregrinus",
                                    "Falco biarmicus", "Falco naumanni"]}]}
      """),
  APPENDIX_I_COMMERCIAL_IMPORT(
      Problems.type("appendix-i-commercial-import"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Appendix I specimens cannot be imported for commercial purposes",
      "An IMPORT with purpose T (commercial) has a line the checklist puts in Appendix I (CITES"
          + " Art. III). field is purposeCode; specimens[] names the line.",
      "An Appendix I specimen (Psittacus erithacus, specimens[0]) cannot be imported for"
          + " primarily commercial purposes (T); CITES Art. III",
      """
      {"field": "purposeCode", "specimens": ["specimens[0].scientificName"]}
      """),
  RE_EXPORT_REQUIRED(
      Problems.type("re-export-required"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "An export of foreign specimens is a re-export",
      "An EXPORT has a line whose countryOfOrigin is not KZ: specimens that came from another"
          + " country leave Kazakhstan as a re-export (permitType RE_EXPORT, with the origin"
          + " country's permit). field is permitType; specimens[] names the lines.",
      "An export of specimens whose country of origin is not Kazakhstan is a re-export"
          + " (specimens[0].countryOfOrigin): apply for a RE_EXPORT permit with the origin"
          + " country's permit",
      """
      {"field": "permitType", "specimens": ["specimens[0].countryOfOrigin"]}
      """),
  INCOMPLETE_APPLICATION(
      Problems.type("incomplete-application"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Incomplete application",
      "On submission, the package lacks documents or data the rules require for this permit type,"
          + " appendix, purpose, source and origin (e.g. for a line taken from the wild in"
          + " Kazakhstan: HUNTING_PERMIT_NUMBER, TAKEN_ON, ANIMAL_COUNT, with field). missing[]"
          + " lists every unmet item at once (the application view shows the same items as"
          + " requirements[]).",
      "The application lacks 2 required item(s): [CONTRACT, SCIENTIFIC_OPINION]",
      """
      {"missing": [
        {"item": "CONTRACT", "documentTypes": ["CONTRACT"], "field": null,
         "reason": "Copy of the contract between exporter and importer, except for personal purposes (P)",
         "satisfied": false},
        {"item": "SCIENTIFIC_OPINION", "documentTypes": ["SCIENTIFIC_OPINION"], "field": null,
         "reason": "Copy of the opinion of a scientific organisation", "satisfied": false}]}
      """),
  INVALID_SIGNATURE(
      Problems.type("invalid-signature"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Invalid signature",
      "The EDS does not hold: no signature, not base64 CMS, not over the current signing payload,"
          + " a claimed signing time after the time of receipt, a certificate not issued by a"
          + " trusted NCA root, or a subject whose IIN (BIN) is not the applicant's. reason names"
          + " which; nothing is registered.",
      "The certificate does not belong to the applicant's IIN",
      """
      {"field": "signature", "reason": "IIN_MISMATCH"}
      """),
  CERTIFICATE_EXPIRED(
      Problems.type("certificate-expired"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Certificate expired",
      "On submission, the signer's NCA certificate had expired when the server received the"
          + " submission. The server's time of receipt counts, not the signing time the signature"
          + " claims. Sign again with a valid certificate; nothing is registered.",
      "The signer's certificate expired at 2026-03-19T00:00:00Z, before the submission was"
          + " received at 2026-03-20T14:00:00Z",
      """
      {"field": "signature", "reason": "CERTIFICATE_EXPIRED",
       "notBefore": "2025-03-19T00:00:00Z", "notAfter": "2026-03-19T00:00:00Z",
       "checkedAt": "2026-03-20T14:00:00Z"}
      """),
  CERTIFICATE_NOT_YET_VALID(
      Problems.type("certificate-not-yet-valid"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Certificate not yet valid",
      "On submission, the signer's NCA certificate was not yet valid when the server received the"
          + " submission (its notBefore is later). The server's time of receipt counts, not the"
          + " signing time the signature claims; nothing is registered.",
      "The signer's certificate is valid only from 2026-03-21T00:00:00Z, after the submission was"
          + " received at 2026-03-20T14:00:00Z",
      """
      {"field": "signature", "reason": "CERTIFICATE_NOT_YET_VALID",
       "notBefore": "2026-03-21T00:00:00Z", "notAfter": "2027-03-21T00:00:00Z",
       "checkedAt": "2026-03-20T14:00:00Z"}
      """),
  CERTIFICATE_REVOKED(
      Problems.type("certificate-revoked"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Certificate revoked",
      "On submission, the NCA's OCSP responder says the signer's certificate is revoked."
          + " revokedAt and revocationReason (RFC 5280 reason, when the NCA gives one) say when"
          + " and why. Sign again with a valid certificate; nothing is registered.",
      "The NCA revoked the signer's certificate at 2026-03-18T09:30:00Z (KEY_COMPROMISE)",
      """
      {"field": "signature", "reason": "CERTIFICATE_REVOKED",
       "revokedAt": "2026-03-18T09:30:00Z", "revocationReason": "KEY_COMPROMISE",
       "checkedAt": "2026-03-20T14:00:00Z"}
      """),
  INTERNAL(
      Problems.INTERNAL,
      HttpStatus.INTERNAL_SERVER_ERROR,
      "Internal error",
      "An unexpected failure on the service's side; nothing was changed. The log has the cause"
          + " under the response's X-Correlation-Id.",
      "Something went wrong on our side; nothing was changed.",
      "{}"),
  CALENDAR_UNAVAILABLE(
      Problems.type("calendar-unavailable"),
      HttpStatus.SERVICE_UNAVAILABLE,
      "Working-day calendar not available",
      "On submission, the Kazakhstan working-day calendar has no data for the dates of the term"
          + " (e.g. next year's calendar not published yet); nothing is registered. Retry later.",
      "The term cannot be computed yet; please try again later. The working-day calendar of"
          + " 2028 is not published yet.",
      "{}"),
  REVOCATION_STATUS_UNAVAILABLE(
      Problems.type("revocation-status-unavailable"),
      HttpStatus.SERVICE_UNAVAILABLE,
      "Certificate status not available",
      "On submission, the NCA's OCSP responder could not tell whether the signer's certificate"
          + " is revoked (not reachable, an error or unknown answer, a response not signed by the"
          + " NCA or not fresh). The signature is neither accepted nor refused; nothing is"
          + " registered. Retry later with the same signature (Retry-After says when).",
      "The NCA cannot tell now whether the signer's certificate is revoked; nothing was"
          + " registered. Please try again later.",
      """
      {"field": "signature", "reason": "REVOCATION_STATUS_UNAVAILABLE"}
      """),
  CALENDAR_DAY_IN_PAST(
      Problems.type("calendar-day-in-past"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Day not in the future",
      "A calendar mark for today or an earlier day (Asia/Almaty): terms already computed must not"
          + " move, so only days after today can be marked or unmarked.",
      "2026-11-20 is not after today (2026-11-26); only later days can be changed",
      """
      {"field": "date"}
      """),
  CALENDAR_YEAR_UNAVAILABLE(
      Problems.type("calendar-year-unavailable"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "No calendar for the year",
      "The year has no released calendar data to mark a day in or to list; a release adds it.",
      "No working-calendar data for 2029; years with data: [2025, 2026, 2027]",
      """
      {"field": "year"}
      """),
  CALENDAR_DAY_BUNDLED(
      Problems.type("calendar-day-bundled"),
      HttpStatus.CONFLICT,
      "Bundled calendar day",
      "The released calendar data already says so for that day (marking it again is pointless),"
          + " or the day to unmark is a released one, which only a release changes.",
      "2026-12-16 is already OFF in the bundled calendar of 2026",
      """
      {"field": "kind"}
      """),
  WEBHOOK_URL_REFUSED(
      Problems.type("webhook-url-refused"),
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Webhook URL not allowed",
      "The url of a webhook breaks a rule of where deliveries may go: not an absolute http(s) URL"
          + " (MALFORMED), not https (HTTPS_REQUIRED), credentials in it (USER_INFO), a fragment"
          + " (FRAGMENT), dot segments (NOT_NORMALIZED), localhost or a single-label host"
          + " (LOCAL_HOST), an address of a private, loopback, link-local, shared or reserved"
          + " network (PRIVATE_ADDRESS). field is url; errors[0].rule names the rule.",
      "A webhook URL must use https",
      """
      {"field": "url", "errors": [
        {"field": "url", "rule": "HTTPS_REQUIRED", "message": "must be an https URL"}]}
      """),
  WEBHOOK_SUBSCRIPTION_LIMIT(
      Problems.type("webhook-subscription-limit"),
      HttpStatus.CONFLICT,
      "Too many webhooks",
      "Whom the caller acts for (the company, or the person alone) already has the most webhook"
          + " subscriptions allowed (cites.webhooks.max-subscriptions, 10): remove one first.",
      "At most 10 webhooks per owner; remove one before registering another",
      "{}");

  private final ProblemSpec spec;
  private final String exampleDetail;
  private final String exampleMembers;

  /**
   * A {@code page} or {@code size} out of bounds ({@link Paging}): invalid-parameter naming it, as
   * every other bad parameter here.
   */
  public static final Paging.Refusal BAD_PAGE =
      (name, min, max) ->
          max == Integer.MAX_VALUE
              ? INVALID_PARAMETER.detail("not-negative", name).with("field", name)
              : INVALID_PARAMETER.detail("range", name, min, max).with("field", name);

  ApiProblem(
      URI type,
      HttpStatus status,
      String title,
      String when,
      String exampleDetail,
      String exampleMembers) {
    this.spec = new ProblemSpec(type, status, title, when);
    this.exampleDetail = exampleDetail;
    this.exampleMembers = exampleMembers;
  }

  @Override
  public ProblemSpec spec() {
    return spec;
  }

  @Override
  public String exampleDetail() {
    return exampleDetail;
  }

  /** The example's extension members as a JSON object. */
  @Override
  public String exampleMembers() {
    return exampleMembers;
  }
}
