package kz.cites.application.intake.web;

import static kz.cites.application.web.ApiProblem.APPLICATION_WITHDRAWN;
import static kz.cites.application.web.ApiProblem.CONFLICT;
import static kz.cites.application.web.ApiProblem.HEARING_ALREADY_ANSWERED;
import static kz.cites.application.web.ApiProblem.HEARING_DEADLINE_PASSED;
import static kz.cites.application.web.ApiProblem.INVALID_PARAMETER;
import static kz.cites.application.web.ApiProblem.MALFORMED_BODY;
import static kz.cites.application.web.ApiProblem.NOT_FOUND;
import static kz.cites.application.web.ApiProblem.NO_OPEN_HEARING;
import static kz.cites.application.web.ApiProblem.UNKNOWN_DOCUMENT;
import static kz.cites.application.web.ApiProblem.VALIDATION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import kz.cites.application.intake.Hearings;
import kz.cites.application.intake.domain.Caller;
import kz.cites.application.web.ProblemResponses;
import kz.cites.web.CurrentUser;
import kz.cites.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The applicant's part in the hearing of a preliminary refusal. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications")
class HearingController {

  private final Hearings hearings;
  private final Texts texts;

  HearingController(Hearings hearings, Texts texts) {
    this.hearings = hearings;
    this.texts = texts;
  }

  private static Caller caller(Authentication authentication) {
    CurrentUser user = CurrentUser.of(authentication);
    return new Caller(user.iin(), user.bin(), user.isStaff());
  }

  @Schema(description = "The applicant's position in the hearing")
  record ObjectionRequest(
      @Schema(
              description = "The position, in the applicant's words",
              example =
                  "Решение суда отменено апелляционной инстанцией 20.11.2026; копия постановления"
                      + " прилагается.",
              maxLength = 10000,
              requiredMode = RequiredMode.REQUIRED)
          @NotBlank
          @Size(max = 10000)
          String text,
      @ArraySchema(
              arraySchema =
                  @Schema(
                      description =
                          "Documents of this application given with the position (upload them"
                              + " first with POST /api/v1/applications/{id}/documents)",
                      maxLength = 20),
              schema =
                  @Schema(
                      description = "A document id",
                      example = "7c3e9b20-4a1d-4f6b-8e2c-5a9d1f3b7e40"))
          @Size(max = 20)
          List<@NotNull UUID> documentIds) {}

  @PostMapping("/{id}/hearing/objection")
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(
      responseCode = "201",
      description = "The hearing with the position stated; it is no longer open")
  @ProblemResponses({
    VALIDATION,
    MALFORMED_BODY,
    INVALID_PARAMETER,
    NOT_FOUND,
    NO_OPEN_HEARING,
    HEARING_ALREADY_ANSWERED,
    HEARING_DEADLINE_PASSED,
    APPLICATION_WITHDRAWN,
    UNKNOWN_DOCUMENT,
    CONFLICT
  })
  @Operation(
      operationId = "answerHearing",
      summary = "State a position in the hearing of a preliminary refusal (owner)",
      description =
          "Once per hearing, while the application is HEARING and strictly before the hearing's"
              + " answerBy (18:00 Almaty on the 2nd working day after the notice). The hearing"
              + " ends with it and an officer takes the final decision by decisionDueAt, the"
              + " working day after. Documents are uploaded first, as any document, and named"
              + " here. 409 no-open-hearing (not HEARING), hearing-already-answered,"
              + " hearing-deadline-passed, application-withdrawn; 422 unknown-document; 404 for"
              + " an application of someone else.")
  HearingView objection(
      @Parameter(description = "The application id", example = ApplicationController.APPLICATION_ID)
          @PathVariable
          UUID id,
      @Valid @RequestBody ObjectionRequest request,
      Authentication authentication) {
    return HearingView.of(
        hearings.answer(
            id,
            caller(authentication),
            request.text().strip(),
            request.documentIds() == null
                ? List.of()
                : request.documentIds().stream().distinct().toList()),
        texts.answerLanguage().tag());
  }
}
