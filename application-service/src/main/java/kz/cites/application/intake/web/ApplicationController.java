package kz.cites.application.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.UUID;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.ApplicationIntake;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.Caller;
import kz.cites.web.CurrentUser;
import kz.cites.web.ProblemException;
import kz.cites.web.Problems;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The applications API: drafts, submission, and reads for applicants and the authority. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "Application intake, registration and status")
class ApplicationController {

  private static final int MAX_PAGE_SIZE = 100;

  private final ApplicationIntake intake;

  ApplicationController(ApplicationIntake intake) {
    this.intake = intake;
  }

  @PostMapping
  @Operation(summary = "Create a draft application (applicant)")
  ResponseEntity<ApplicationView> create(
      @Valid @RequestBody ApplicationContent content, Authentication authentication) {
    var application = intake.createDraft(caller(authentication), content);
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .path("/{id}")
            .buildAndExpand(application.id())
            .toUri();
    return ResponseEntity.created(location).body(ApplicationView.of(application));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace the content of one's own draft")
  ApplicationView replace(
      @PathVariable UUID id,
      @Valid @RequestBody ApplicationContent content,
      Authentication authentication) {
    Caller caller = caller(authentication);
    intake.replaceDraft(id, caller, content);
    return ApplicationView.of(intake.find(id, caller)); // read back with its history
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
    return ApplicationView.of(intake.find(id, caller(authentication)));
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
