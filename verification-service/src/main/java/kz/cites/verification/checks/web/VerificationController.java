package kz.cites.verification.checks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import kz.cites.verification.checks.Verifications;
import kz.cites.verification.web.ApiProblem;
import kz.cites.verification.web.ProblemResponses;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/verifications")
@Tag(name = "Verifications", description = "Registry checks of submitted applications")
class VerificationController {

  private final Verifications verifications;

  VerificationController(Verifications verifications) {
    this.verifications = verifications;
  }

  @GetMapping("/{applicationId}")
  @ProblemResponses({ApiProblem.VALIDATION, ApiProblem.NOT_FOUND})
  @Operation(
      operationId = "getVerification",
      summary = "The checks of an application with their outcomes and evidence",
      description = "Officers and operators only. 404 when the application is not (yet) known.")
  VerificationView get(
      @Parameter(
              description = "The application id",
              example = "0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31")
          @PathVariable("applicationId")
          String id) {
    UUID applicationId = parse(id);
    return verifications
        .find(applicationId)
        .map(VerificationView::of)
        .orElseThrow(
            () ->
                ApiProblem.NOT_FOUND
                    .detail("verification", applicationId)
                    .with("applicationId", applicationId));
  }

  /** Parsed here so a malformed id gets a problem with a stable type and the field's name. */
  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.VALIDATION
          .detail("application-id")
          .with("field", "applicationId")
          .withError("applicationId", "TypeMismatch", "constraint.TypeMismatch", "UUID");
    }
  }
}
