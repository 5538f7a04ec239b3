package kz.cites.application.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.ApplicationDocument;
import kz.cites.application.intake.domain.ApplicationDocuments;
import kz.cites.application.intake.domain.ApplicationIntake;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.Caller;
import kz.cites.application.intake.domain.DocumentFormat;
import kz.cites.application.intake.domain.DocumentStore;
import kz.cites.application.intake.domain.DocumentType;
import kz.cites.application.intake.domain.SigningPayload;
import kz.cites.web.CurrentUser;
import kz.cites.web.ProblemException;
import kz.cites.web.Problems;
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

  private final ApplicationIntake intake;
  private final ApplicationDocuments documents;
  private final DocumentLimits limits;

  ApplicationController(
      ApplicationIntake intake, ApplicationDocuments documents, DocumentLimits limits) {
    this.intake = intake;
    this.documents = documents;
    this.limits = limits;
  }

  private ApplicationView view(Application application, Caller caller) {
    return ApplicationView.of(
        application,
        intake.documents(application),
        intake.requirements(application),
        caller.staff());
  }

  /** The optional body of a withdrawal. */
  record WithdrawalRequest(@Size(max = 2000) String reason) {}

  @PostMapping
  @Operation(summary = "Create a draft application (applicant)")
  ResponseEntity<ApplicationView> create(
      @Valid @RequestBody ApplicationContent content, Authentication authentication) {
    Caller caller = caller(authentication);
    var application = intake.createDraft(caller, content);
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .path("/{id}")
            .buildAndExpand(application.id())
            .toUri();
    return ResponseEntity.created(location).body(view(application, caller));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace the content of one's own draft")
  ApplicationView replace(
      @PathVariable UUID id,
      @Valid @RequestBody ApplicationContent content,
      Authentication authentication) {
    Caller caller = caller(authentication);
    intake.replaceDraft(id, caller, content);
    return view(intake.find(id, caller), caller); // read back with its history
  }

  @PostMapping("/{id}/withdrawal")
  @Operation(
      summary = "Withdraw one's own application before a decision (applicant)",
      description =
          "Optional body {\"reason\": \"...\"}. From DRAFT, SUBMITTED, IN_VERIFICATION or"
              + " IN_REVIEW to WITHDRAWN; a submitted application is announced with"
              + " ApplicationWithdrawn. 409 application-decided after ISSUED or REFUSED, 409"
              + " application-withdrawn when already withdrawn. Answers the application.")
  ApplicationView withdraw(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) WithdrawalRequest request,
      Authentication authentication) {
    Caller caller = caller(authentication);
    intake.withdraw(id, caller, request == null ? null : request.reason());
    return view(intake.find(id, caller), caller);
  }

  @PostMapping("/{id}/submission")
  @Operation(
      summary = "Sign and submit one's own draft: registers it and starts the term",
      description =
          "Answers 202 with the registration number, registration date and due date. A repeat"
              + " with the same Idempotency-Key gets the same answer.")
  ResponseEntity<SubmissionResponse> submit(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) SubmissionRequest request,
      @Parameter(description = "Makes a retried submission safe")
          @RequestHeader(name = "Idempotency-Key", required = false)
          String idempotencyKey,
      Authentication authentication) {
    if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1,200}")) {
      throw badParameter("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
    }
    String signature = request == null ? null : request.signature();
    var submission = intake.submit(id, caller(authentication), signature, idempotencyKey);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(SubmissionResponse.of(submission.application()));
  }

  @GetMapping("/{id}")
  @Operation(summary = "An application with status, content, registration, decision and history")
  ApplicationView get(@PathVariable UUID id, Authentication authentication) {
    Caller caller = caller(authentication);
    return view(intake.find(id, caller), caller);
  }

  /** What the applicant signs: canonical bytes (base64) and their SHA-256 (hex). */
  record SigningPayloadView(
      UUID applicationId, String payload, String sha256, String canonicalForm) {}

  @GetMapping("/{id}/signing-payload")
  @Operation(
      summary = "The canonical bytes of one's own application to sign with the EDS",
      description =
          "payload = base64 of the UTF-8 RFC 8785 (JCS) JSON {applicationId, content, documents:"
              + " [{id, sha256, type}] ordered by id}; null members left out. Sign it as a"
              + " detached CMS and submit the base64 CMS as `signature`. Changes whenever the"
              + " content or the documents change.")
  SigningPayloadView signingPayload(@PathVariable UUID id, Authentication authentication) {
    byte[] payload = intake.signingPayload(id, caller(authentication));
    return new SigningPayloadView(
        id,
        Base64.getEncoder().encodeToString(payload),
        SigningPayload.sha256Hex(payload),
        "RFC8785");
  }

  @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Attach a document to one's own draft (multipart: type, file)",
      description =
          "PDF, JPEG or PNG, recognised from the content (415 unsupported-document-format"
              + " otherwise); at most cites.documents.max-size (default 10 MB; 413"
              + " document-too-large). Answers 201 with the document's id and SHA-256.")
  ResponseEntity<ApplicationView.DocumentView> upload(
      @PathVariable UUID id,
      @RequestParam("type") String type,
      @RequestParam("file") MultipartFile file,
      Authentication authentication)
      throws IOException {
    DocumentType documentType =
        Arrays.stream(DocumentType.values())
            .filter(t -> t.name().equals(type))
            .findFirst()
            .orElseThrow(
                () ->
                    badParameter(
                        "type", "must be one of " + Arrays.toString(DocumentType.values())));
    if (file.getSize() > limits.maxFileBytes()) {
      throw DocumentLimits.tooLarge("The file is larger than " + limits.maxFileBytes() + " bytes");
    }
    ApplicationDocument document =
        documents.upload(
            id, caller(authentication), documentType, file.getOriginalFilename(), file.getBytes());
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .path("/{docId}")
            .buildAndExpand(document.id())
            .toUri();
    return ResponseEntity.created(location).body(ApplicationView.DocumentView.of(document));
  }

  @GetMapping("/{id}/documents/{docId}")
  @Operation(summary = "Download a document of an application (owner, officer, operator)")
  ResponseEntity<byte[]> download(
      @PathVariable UUID id, @PathVariable UUID docId, Authentication authentication) {
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
      summary = "A page of applications, newest first",
      description = "Applicants see their own; officers and operators see all.")
  PageView<ApplicationSummary> list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication authentication) {
    if (page < 0) {
      throw badParameter("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw badParameter("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    return PageView.of(
        intake.page(caller(authentication), status(status), page, size), ApplicationSummary::of);
  }

  private static ApplicationStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return Arrays.stream(ApplicationStatus.values())
        .filter(s -> s.name().equals(status))
        .findFirst()
        .orElseThrow(
            () ->
                badParameter(
                    "status", "must be one of " + Arrays.toString(ApplicationStatus.values())));
  }

  private static ProblemException badParameter(String name, String rule) {
    return new ProblemException(
            HttpStatus.BAD_REQUEST,
            Problems.type("invalid-parameter"),
            "Invalid parameter",
            name + " " + rule)
        .with("field", name);
  }

  private static Caller caller(Authentication authentication) {
    CurrentUser user = CurrentUser.of(authentication);
    return new Caller(user.iin(), user.bin(), user.isStaff());
  }
}
