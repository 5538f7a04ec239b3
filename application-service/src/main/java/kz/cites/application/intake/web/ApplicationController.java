package kz.cites.application.intake.web;

import static kz.cites.application.web.ApiProblem.APPENDIX_I_COMMERCIAL_IMPORT;
import static kz.cites.application.web.ApiProblem.APPLICANT_MISMATCH;
import static kz.cites.application.web.ApiProblem.APPLICATION_ALREADY_SUBMITTED;
import static kz.cites.application.web.ApiProblem.APPLICATION_DECIDED;
import static kz.cites.application.web.ApiProblem.APPLICATION_NOT_DRAFT;
import static kz.cites.application.web.ApiProblem.APPLICATION_WITHDRAWN;
import static kz.cites.application.web.ApiProblem.CALENDAR_UNAVAILABLE;
import static kz.cites.application.web.ApiProblem.CERTIFICATE_EXPIRED;
import static kz.cites.application.web.ApiProblem.CERTIFICATE_NOT_YET_VALID;
import static kz.cites.application.web.ApiProblem.CERTIFICATE_REVOKED;
import static kz.cites.application.web.ApiProblem.CONFLICT;
import static kz.cites.application.web.ApiProblem.DOCUMENT_TOO_LARGE;
import static kz.cites.application.web.ApiProblem.EMPTY_DOCUMENT;
import static kz.cites.application.web.ApiProblem.IDEMPOTENCY_KEY_IN_USE;
import static kz.cites.application.web.ApiProblem.IDEMPOTENCY_KEY_REUSED;
import static kz.cites.application.web.ApiProblem.INCOMPLETE_APPLICATION;
import static kz.cites.application.web.ApiProblem.INVALID_PARAMETER;
import static kz.cites.application.web.ApiProblem.INVALID_SIGNATURE;
import static kz.cites.application.web.ApiProblem.MALFORMED_BODY;
import static kz.cites.application.web.ApiProblem.NOT_FOUND;
import static kz.cites.application.web.ApiProblem.PRECONDITION_FAILED;
import static kz.cites.application.web.ApiProblem.REVOCATION_STATUS_UNAVAILABLE;
import static kz.cites.application.web.ApiProblem.RE_EXPORT_REQUIRED;
import static kz.cites.application.web.ApiProblem.UNKNOWN_SPECIES;
import static kz.cites.application.web.ApiProblem.UNSUPPORTED_DOCUMENT_FORMAT;
import static kz.cites.application.web.ApiProblem.VALIDATION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Predicate;
import kz.cites.application.intake.ApplicationDocuments;
import kz.cites.application.intake.ApplicationDossiers;
import kz.cites.application.intake.ApplicationDossiers.Dossier;
import kz.cites.application.intake.ApplicationIntake;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.ApplicationDocument;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.Caller;
import kz.cites.application.intake.domain.DocumentFormat;
import kz.cites.application.intake.domain.DocumentStore;
import kz.cites.application.intake.domain.DocumentType;
import kz.cites.application.intake.domain.SigningPayload;
import kz.cites.application.web.ApiProblem;
import kz.cites.application.web.ProblemResponses;
import kz.cites.web.CurrentUser;
import kz.cites.web.EntityTags;
import kz.cites.web.IdempotencyKeys;
import kz.cites.web.IdempotentRequest;
import kz.cites.web.PageView;
import kz.cites.web.Paged;
import kz.cites.web.Paging;
import kz.cites.web.ProblemException;
import kz.cites.web.Texts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The applications API: drafts, submission, and reads for applicants and the authority. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "Application intake, registration and status")
class ApplicationController {

  private static final int MAX_PAGE_SIZE = 100;

  /** What the ETag of an application is, for the OpenAPI. */
  private static final String ETAG =
      "The application's version, a strong entity-tag (\"3\"): changes with every change of"
          + " the application; send it as If-Match to PUT";

  /** An example application id for the OpenAPI. */
  static final String APPLICATION_ID = "0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31";

  private final ApplicationIntake intake;
  private final ApplicationDocuments documents;
  private final ApplicationDossiers dossiers;
  private final DocumentLimits limits;
  private final Texts texts;
  private final IdempotencyKeys idempotency;

  ApplicationController(
      ApplicationIntake intake,
      ApplicationDocuments documents,
      ApplicationDossiers dossiers,
      DocumentLimits limits,
      Texts texts,
      IdempotencyKeys idempotency) {
    this.intake = intake;
    this.documents = documents;
    this.dossiers = dossiers;
    this.limits = limits;
    this.texts = texts;
    this.idempotency = idempotency;
  }

  private ApplicationView view(Dossier dossier, Caller caller) {
    return ApplicationView.of(
        dossier.application(),
        dossier.documents(),
        dossier.requirements().stream()
            .map(r -> r.withReason(texts.text("requirement." + r.item())))
            .toList(),
        dossier.hearing(),
        caller.staff(),
        texts.answerLanguage().tag(),
        entry -> HistoryTexts.note(texts, entry));
  }

  /** The optional body of a withdrawal. */
  @Schema(description = "Why the applicant withdraws (optional)")
  record WithdrawalRequest(
      @Schema(
              description = "The applicant's reason, kept in the history and the cabinet",
              example = "The zoo cancelled the exchange; the falcons stay in Kazakhstan",
              maxLength = 2000)
          @Size(max = 2000)
          String reason) {}

  /** The multipart body of an upload, for the OpenAPI (the controller reads the parts). */
  @Schema(description = "One document: its type and the file")
  record DocumentUpload(
      @Schema(
              description = "What the document is; the required ones are listed in requirements[]",
              example = "CONTRACT",
              requiredMode = RequiredMode.REQUIRED)
          DocumentType type,
      @Schema(
              description =
                  "The file: PDF, JPEG or PNG (recognised from its leading bytes), at most"
                      + " cites.documents.max-size (default 10 MB)",
              type = "string",
              format = "binary",
              requiredMode = RequiredMode.REQUIRED)
          MultipartFile file) {}

  @PostMapping
  @Operation(
      operationId = "createDraft",
      summary = "Create a draft application (APPLICANT)",
      description =
          "Creates a DRAFT from the draft body. Checked: every field rule of the contract (400"
              + " validation, all broken fields at once), that the applicant is the caller"
              + " (applicant.iin = the token's iin; for a LEGAL_ENTITY applicant.bin = the"
              + " token's bin; a token with a bin files for that company only: 403"
              + " applicant-mismatch), that every scientificName is a"
              + " CITES-listed animal of the checklist (422 unknown-species with suggestions) and"
              + " that no Appendix I line is imported for commercial purposes (422"
              + " appendix-i-commercial-import). Each line's scientificName becomes the accepted"
              + " name and its appendix is set from the checklist. Documents are not needed yet:"
              + " the answer's requirements[] lists what the submission will need. The id is also"
              + " the reference of the duty payment. With an Idempotency-Key a retry after a"
              + " timeout gets this draft again instead of a second one.")
  @ApiResponse(
      responseCode = "201",
      description = "The draft, as GET /api/v1/applications/{id} shows it",
      headers = {
        @Header(
            name = HttpHeaders.LOCATION,
            description = "The URL of the new application",
            schema = @Schema(type = "string", format = "uri")),
        @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string"))
      })
  @ProblemResponses({
    VALIDATION,
    MALFORMED_BODY,
    INVALID_PARAMETER,
    APPLICANT_MISMATCH,
    IDEMPOTENCY_KEY_IN_USE,
    IDEMPOTENCY_KEY_REUSED,
    UNKNOWN_SPECIES,
    APPENDIX_I_COMMERCIAL_IMPORT,
    RE_EXPORT_REQUIRED
  })
  ResponseEntity<ApplicationView> create(
      @Valid @RequestBody ApplicationContent content,
      @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey,
      Authentication authentication) {
    Caller caller = caller(authentication);
    IdempotentRequest request =
        idempotency.request(idempotencyKey, CurrentUser.of(authentication), "createDraft", content);
    return idempotency.execute(
        request,
        () -> {
          var application = intake.createDraft(caller, content);
          URI location =
              ServletUriComponentsBuilder.fromCurrentRequest()
                  .path("/{id}")
                  .buildAndExpand(application.id())
                  .toUri();
          return ResponseEntity.created(location)
              .eTag(EntityTags.of(application.version()))
              .body(view(dossiers.of(application), caller));
        });
  }

  @PutMapping("/{id}")
  @Operation(
      operationId = "replaceDraft",
      summary = "Replace the content of one's own draft (APPLICANT, owner)",
      description =
          "The whole draft body replaces the content while the application is a DRAFT (409"
              + " application-not-draft otherwise). The same checks as on creation. Another"
              + " applicant's application answers 404. Documents already attached stay; the"
              + " signing payload changes. Concurrency: send the ETag of the version the change"
              + " is based on as If-Match; when someone changed the draft since, nothing is"
              + " replaced (412 precondition-failed, with currentETag). Without If-Match the"
              + " last writer wins (only two writes at the same moment meet 409 conflict).")
  @ApiResponse(
      responseCode = "200",
      description = "The application with the new content",
      headers =
          @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")))
  @ProblemResponses({
    VALIDATION,
    MALFORMED_BODY,
    INVALID_PARAMETER,
    APPLICANT_MISMATCH,
    NOT_FOUND,
    APPLICATION_NOT_DRAFT,
    CONFLICT,
    PRECONDITION_FAILED,
    UNKNOWN_SPECIES,
    APPENDIX_I_COMMERCIAL_IMPORT,
    RE_EXPORT_REQUIRED
  })
  ResponseEntity<ApplicationView> replace(
      @Parameter(description = "The application id", example = APPLICATION_ID) @PathVariable
          UUID id,
      @Valid @RequestBody ApplicationContent content,
      @Parameter(
              in = ParameterIn.HEADER,
              description =
                  "Replace only if the draft is still at this version: its ETag from GET, POST or"
                      + " PUT (or * for any version); a list of ETags is allowed",
              example = "\"3\"",
              schema = @Schema(type = "string"))
          @RequestHeader(name = EntityTags.IF_MATCH, required = false)
          String ifMatch,
      Authentication authentication) {
    Caller caller = caller(authentication);
    Predicate<String> condition;
    try {
      condition = EntityTags.ifMatch(ifMatch);
    } catch (IllegalArgumentException e) {
      throw badParameter("format", EntityTags.IF_MATCH);
    }
    intake.replaceDraft(id, caller, content, condition);
    return versioned(dossiers.of(id, caller), caller); // read back with its history
  }

  /** The application with its version as the ETag (GET and PUT of the draft). */
  private ResponseEntity<ApplicationView> versioned(Dossier dossier, Caller caller) {
    return ResponseEntity.ok()
        .eTag(EntityTags.of(dossier.application().version()))
        .body(view(dossier, caller));
  }

  @PostMapping("/{id}/withdrawal")
  @Operation(
      operationId = "withdrawApplication",
      summary = "Withdraw one's own application before a decision (APPLICANT, owner)",
      description =
          "Optional body {\"reason\": \"...\"}. From DRAFT, SUBMITTED, IN_VERIFICATION or"
              + " IN_REVIEW to WITHDRAWN, with a history entry and a cabinet notification; a"
              + " submitted application is announced to the other services with"
              + " ApplicationWithdrawn (a draft never reached them). 409 application-decided"
              + " after ISSUED or REFUSED, 409 application-withdrawn when already withdrawn;"
              + " another applicant's application answers 404.")
  @ApiResponse(responseCode = "200", description = "The application, now WITHDRAWN")
  @ProblemResponses({
    VALIDATION,
    MALFORMED_BODY,
    INVALID_PARAMETER,
    NOT_FOUND,
    APPLICATION_DECIDED,
    APPLICATION_WITHDRAWN,
    CONFLICT
  })
  ApplicationView withdraw(
      @Parameter(description = "The application id", example = APPLICATION_ID) @PathVariable
          UUID id,
      @Valid @RequestBody(required = false) WithdrawalRequest request,
      Authentication authentication) {
    Caller caller = caller(authentication);
    intake.withdraw(id, caller, request == null ? null : request.reason());
    return view(dossiers.of(id, caller), caller);
  }

  @PostMapping("/{id}/submission")
  @Operation(
      operationId = "submitApplication",
      summary =
          "Sign and submit one's own draft: registers it and starts the term (APPLICANT,"
              + " owner)",
      description =
          "Checks, in this order, and answers the first that fails: the application is a DRAFT"
              + " (409 application-withdrawn, 409 application-already-submitted); every line's"
              + " species against the current checklist (422 unknown-species) and the content"
              + " rules that need today's date (400 validation: transport.plannedDate not in the"
              + " past; 422 appendix-i-commercial-import); completeness: every document and data"
              + " item the rules require (422 incomplete-application with all missing[] items);"
              + " the EDS: `signature` is a base64 detached CMS over the current"
              + " signing-payload by the applicant's NCA certificate (422 invalid-signature with"
              + " reason), the certificate valid at the server's time of receipt, not at the"
              + " signing time the signature claims (422 certificate-expired, 422"
              + " certificate-not-yet-valid), and not revoked by the NCA, asked through its OCSP"
              + " responder (422 certificate-revoked; 503 revocation-status-unavailable when the"
              + " NCA cannot tell now: retry later). A draft changed while its signature is"
              + " checked (a replacement, an upload) is not what was signed: 422"
              + " invalid-signature, as for a signature sent after the change. Then registers it: number CITES-<year>-<6 digits>, registration date"
              + " and due date (3 working days, Kazakhstan calendar; 503 calendar-unavailable"
              + " when the calendar lacks the year), and announces ApplicationSubmitted. Nothing"
              + " is registered when a check fails. Idempotency: send an Idempotency-Key; a"
              + " repeat with the same key (after a timeout, say) gets the first answer again"
              + " (202, same number), any other second submission is 409"
              + " application-already-submitted.")
  @ApiResponse(
      responseCode = "202",
      description = "Registered; fee assessment and the registry checks follow (watch the status)")
  @ProblemResponses({
    VALIDATION,
    MALFORMED_BODY,
    INVALID_PARAMETER,
    NOT_FOUND,
    APPLICATION_ALREADY_SUBMITTED,
    APPLICATION_WITHDRAWN,
    CONFLICT,
    UNKNOWN_SPECIES,
    APPENDIX_I_COMMERCIAL_IMPORT,
    RE_EXPORT_REQUIRED,
    INCOMPLETE_APPLICATION,
    INVALID_SIGNATURE,
    CERTIFICATE_EXPIRED,
    CERTIFICATE_NOT_YET_VALID,
    CERTIFICATE_REVOKED,
    REVOCATION_STATUS_UNAVAILABLE,
    CALENDAR_UNAVAILABLE
  })
  ResponseEntity<SubmissionResponse> submit(
      @Parameter(description = "The application id", example = APPLICATION_ID) @PathVariable
          UUID id,
      @Valid @RequestBody(required = false) SubmissionRequest request,
      @Parameter(
              in = ParameterIn.HEADER,
              description =
                  "Makes a retried submission safe: 1 to 200 visible ASCII characters, unique per"
                      + " submission attempt; a repeat with the same key gets the first answer",
              example = "submit-0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31",
              schema = @Schema(type = "string", pattern = "^[\\x21-\\x7E]{1,200}$"))
          @RequestHeader(name = "Idempotency-Key", required = false)
          String idempotencyKey,
      Authentication authentication) {
    if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1,200}")) {
      throw badParameter("idempotency-key", "Idempotency-Key");
    }
    String signature = request == null ? null : request.signature();
    var submission = intake.submit(id, caller(authentication), signature, idempotencyKey);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(SubmissionResponse.of(submission.application()));
  }

  @GetMapping("/{id}")
  @Operation(
      operationId = "getApplication",
      summary = "An application with status, content, registration, decision and history",
      description =
          "The owner (APPLICANT), or any OFFICER or OPERATOR. Another applicant's application"
              + " answers 404, as does an unknown id. The ETag is the application's version: send"
              + " it as If-Match with PUT to replace the draft only if nobody changed it since.")
  @ApiResponse(
      responseCode = "200",
      description = "The application",
      headers =
          @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")))
  @ProblemResponses({INVALID_PARAMETER, NOT_FOUND})
  ResponseEntity<ApplicationView> get(
      @Parameter(description = "The application id", example = APPLICATION_ID) @PathVariable
          UUID id,
      Authentication authentication) {
    Caller caller = caller(authentication);
    return versioned(dossiers.of(id, caller), caller);
  }

  /** What the applicant signs: canonical bytes (base64) and their SHA-256 (hex). */
  @Schema(description = "The canonical bytes of the application to sign with the EDS")
  record SigningPayloadView(
      @Schema(
              description = "The application id",
              example = APPLICATION_ID,
              requiredMode = RequiredMode.REQUIRED)
          UUID applicationId,
      @Schema(
              description =
                  "Base64 of the UTF-8 RFC 8785 JSON {applicationId, content, documents[{id,"
                      + " sha256, type}]}; sign these bytes as a detached CMS",
              example =
                  "eyJhcHBsaWNhdGlvbklkIjoiMGI5ZTZhNTItNGMxZi00ZjhlLTlkNGEtMmY3YzFlNWI4YTMxIiwiY29udGVudCI6ey4uLn19",
              requiredMode = RequiredMode.REQUIRED)
          String payload,
      @Schema(
              description = "SHA-256 of the payload bytes, hex",
              example = "b3d8294a977a61cc5bb004c974141c40370c928cc68d11257c9f99c1efc5fd59",
              requiredMode = RequiredMode.REQUIRED)
          String sha256,
      @Schema(
              description = "How the payload is made canonical",
              example = "RFC8785",
              allowableValues = "RFC8785",
              requiredMode = RequiredMode.REQUIRED)
          String canonicalForm) {}

  @GetMapping("/{id}/signing-payload")
  @Operation(
      operationId = "getSigningPayload",
      summary =
          "The canonical bytes of one's own application to sign with the EDS (APPLICANT,"
              + " owner)",
      description =
          "payload = base64 of the UTF-8 RFC 8785 (JCS) JSON {applicationId, content, documents:"
              + " [{id, sha256, type}] ordered by id}; null members left out; content as GET"
              + " /api/v1/applications/{id} shows it (accepted names, appendices). Sign it as a"
              + " detached CMS with the applicant's NCA certificate (for a LEGAL_ENTITY a key of"
              + " the company's BIN) and submit the base64 CMS as `signature`. Changes whenever"
              + " the content or the documents change: fetch it right before signing.")
  @ApiResponse(responseCode = "200", description = "The payload and its digest")
  @ProblemResponses({INVALID_PARAMETER, NOT_FOUND})
  SigningPayloadView signingPayload(
      @Parameter(description = "The application id", example = APPLICATION_ID) @PathVariable
          UUID id,
      Authentication authentication) {
    byte[] payload = intake.signingPayload(id, caller(authentication));
    return new SigningPayloadView(
        id,
        Base64.getEncoder().encodeToString(payload),
        SigningPayload.sha256Hex(payload),
        "RFC8785");
  }

  @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      operationId = "uploadDocument",
      summary = "Attach a document to one's own draft (APPLICANT, owner; multipart: type, file)",
      description =
          "Only while the application is a DRAFT (409 application-not-draft). `type` is one of"
              + " the document types (400 invalid-parameter otherwise); `file` is a PDF, JPEG or"
              + " PNG recognised from its content (415 unsupported-document-format otherwise),"
              + " not empty (400 empty-document) and at most cites.documents.max-size (default"
              + " 10 MB; 413 document-too-large, a request announcing more than"
              + " cites.documents.max-request-size is refused before its body is read). The"
              + " SHA-256 is kept and the client's file name is for display only. Which"
              + " documents the submission needs: requirements[] of the application. With an"
              + " Idempotency-Key a retried upload gets the first one's answer, not a second"
              + " copy.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                      schema = @Schema(implementation = DocumentUpload.class))))
  @ApiResponse(
      responseCode = "201",
      description = "The stored document",
      headers =
          @Header(
              name = HttpHeaders.LOCATION,
              description = "The URL to download the document",
              schema = @Schema(type = "string", format = "uri")))
  @ProblemResponses({
    VALIDATION,
    MALFORMED_BODY,
    INVALID_PARAMETER,
    EMPTY_DOCUMENT,
    NOT_FOUND,
    APPLICATION_NOT_DRAFT,
    CONFLICT,
    IDEMPOTENCY_KEY_IN_USE,
    IDEMPOTENCY_KEY_REUSED,
    DOCUMENT_TOO_LARGE,
    UNSUPPORTED_DOCUMENT_FORMAT
  })
  ResponseEntity<ApplicationView.DocumentView> upload(
      @Parameter(description = "The application id", example = APPLICATION_ID) @PathVariable
          UUID id,
      @Parameter(hidden = true) @RequestParam("type") String type,
      @Parameter(hidden = true) @RequestParam("file") MultipartFile file,
      @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey,
      Authentication authentication)
      throws IOException {
    DocumentType documentType =
        Arrays.stream(DocumentType.values())
            .filter(t -> t.name().equals(type))
            .findFirst()
            .orElseThrow(
                () -> badParameter("one-of", "type", Arrays.toString(DocumentType.values())));
    if (file.getSize() > limits.maxFileBytes()) {
      throw DocumentLimits.tooLarge("file", limits.maxFileBytes());
    }
    byte[] bytes = file.getBytes();
    // what makes two uploads the same: the application, the type, the name and the bytes
    IdempotentRequest request =
        idempotency.request(
            idempotencyKey,
            CurrentUser.of(authentication),
            "uploadDocument " + id,
            documentType
                + " "
                + file.getOriginalFilename()
                + " "
                + SigningPayload.sha256Hex(bytes));
    return idempotency.execute(
        request,
        () -> {
          ApplicationDocument document =
              documents.upload(
                  id, caller(authentication), documentType, file.getOriginalFilename(), bytes);
          URI location =
              ServletUriComponentsBuilder.fromCurrentRequest()
                  .path("/{docId}")
                  .buildAndExpand(document.id())
                  .toUri();
          return ResponseEntity.created(location).body(ApplicationView.DocumentView.of(document));
        });
  }

  @GetMapping("/{id}/documents/{docId}")
  @Operation(
      operationId = "downloadDocument",
      summary = "Download a document of an application (owner APPLICANT, OFFICER, OPERATOR)",
      description =
          "The bytes with the recognised media type, Content-Disposition attachment (file name"
              + " <type>-<docId>.<ext>), Repr-Digest sha-256 and X-Content-Type-Options nosniff."
              + " Another applicant's document answers 404.")
  @ApiResponse(
      responseCode = "200",
      description = "The document's bytes",
      headers =
          @Header(
              name = "Repr-Digest",
              description = "SHA-256 of the bytes (RFC 9530)",
              schema =
                  @Schema(
                      type = "string",
                      example = "sha-256=:n2xNHgt6b15NPCsaCfjn1sW0o5KBcPbl1MOyoZCPfm0=:")),
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")),
        @Content(
            mediaType = MediaType.IMAGE_JPEG_VALUE,
            schema = @Schema(type = "string", format = "binary")),
        @Content(
            mediaType = MediaType.IMAGE_PNG_VALUE,
            schema = @Schema(type = "string", format = "binary"))
      })
  @ProblemResponses({INVALID_PARAMETER, NOT_FOUND})
  ResponseEntity<byte[]> download(
      @Parameter(description = "The application id", example = APPLICATION_ID) @PathVariable
          UUID id,
      @Parameter(description = "The document id", example = "5d0c2a9e-8f3b-4c71-a6e2-1b9d7f4c3e20")
          @PathVariable
          UUID docId,
      Authentication authentication) {
    DocumentStore.StoredFile file = documents.download(id, docId, caller(authentication));
    ApplicationDocument d = file.document();
    String extension =
        DocumentFormat.ofMediaType(d.mediaType()).map(DocumentFormat::extension).orElse("bin");
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(d.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(d.type().name().toLowerCase() + "-" + d.id() + "." + extension)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(
            "Repr-Digest",
            "sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(d.sha256()))
                + ":")
        .body(file.content());
  }

  @GetMapping
  @Operation(
      operationId = "listApplications",
      summary = "A page of applications, newest first (APPLICANT, OFFICER, OPERATOR)",
      description =
          "Applicants see what belongs to whom they act for: signed in for a company (the token's"
              + " bin) all of the company's applications, whoever of its head and attorneys filed"
              + " them; signed in alone their own. Officers and operators see all. Optional status"
              + " filter.")
  @ApiResponse(responseCode = "200", description = "The page")
  @ProblemResponses({INVALID_PARAMETER})
  @Paged(maxSize = MAX_PAGE_SIZE)
  PageView<ApplicationSummary> list(
      @Parameter(
              description = "Only applications in this status",
              example = "SUBMITTED",
              schema = @Schema(implementation = ApplicationStatus.class))
          @RequestParam(required = false)
          String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication authentication) {
    Paging paging = Paging.of(page, size, MAX_PAGE_SIZE, ApiProblem.BAD_PAGE);
    return PageView.of(
        intake.page(caller(authentication), status(status), paging.page(), paging.size()),
        ApplicationSummary::of);
  }

  private static ApplicationStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return Arrays.stream(ApplicationStatus.values())
        .filter(s -> s.name().equals(status))
        .findFirst()
        .orElseThrow(
            () -> badParameter("one-of", "status", Arrays.toString(ApplicationStatus.values())));
  }

  /**
   * An invalid-parameter problem naming the parameter; its detail is {@code
   * problem.invalid-parameter.detail.<detail>}, whose {0} is the parameter's name.
   */
  private static ProblemException badParameter(String detail, String name, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = name;
    System.arraycopy(more, 0, args, 1, more.length);
    return ApiProblem.INVALID_PARAMETER.detail(detail, args).with("field", name);
  }

  private static Caller caller(Authentication authentication) {
    CurrentUser user = CurrentUser.of(authentication);
    return new Caller(user.iin(), user.bin(), user.isStaff());
  }
}
