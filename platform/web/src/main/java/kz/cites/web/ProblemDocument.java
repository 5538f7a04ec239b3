package kz.cites.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;

/**
 * The shape of every error answer, for the OpenAPI only (the services write Spring's {@code
 * ProblemDetail}): the RFC 9457 members and the two extension members platform/web itself adds. A
 * service's own extension members come from its {@link ProblemCatalogue}.
 */
@Schema(
    name = "Problem",
    description =
        "RFC 9457 problem detail (application/problem+json). Switch on `type`; `title` is fixed per"
            + " type and language, `detail` is for people (both in the language of"
            + " Accept-Language). The extension members appear only with the types named in their"
            + " description; docs/api-problems.md lists every type.")
record ProblemDocument(
    @Schema(
            description = "Stable URI of the problem type",
            example = "https://cites.kz/problems/validation",
            format = "uri",
            requiredMode = RequiredMode.REQUIRED)
        String type,
    @Schema(
            description = "Short summary of the type (the same for every occurrence)",
            example = "Invalid request",
            requiredMode = RequiredMode.REQUIRED)
        String title,
    @Schema(
            description = "HTTP status code, the same as the response's",
            example = "400",
            requiredMode = RequiredMode.REQUIRED)
        int status,
    @Schema(
            description = "What went wrong in this request, for people",
            example = "2 field(s) break the rules of the contract.")
        String detail,
    @Schema(
            description = "The path of the request",
            example = "/api/v1/applications",
            format = "uri-reference")
        String instance,
    @Schema(
            description =
                "JSON path of the field, or name of the parameter or header, concerned (validation,"
                    + " malformed-body when known, and the types whose description says so)",
            example = "applicant.iin")
        String field,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description =
                        "validation: every broken field with the rule it broke (sorted by field)"))
        List<FieldProblem> errors) {

  /** One broken field rule of a validation problem. */
  @Schema(name = "FieldProblem", description = "One field that breaks a rule of the contract")
  record FieldProblem(
      @Schema(
              description = "JSON path of the field, or the name of the parameter",
              example = "specimens[0].quantity",
              requiredMode = RequiredMode.REQUIRED)
          String field,
      @Schema(
              description =
                  "The rule, as the name of its constraint (NotNull, NotBlank, Size, Pattern,"
                      + " Positive, Digits, TypeMismatch, Invalid, ...)",
              example = "Positive",
              requiredMode = RequiredMode.REQUIRED)
          String rule,
      @Schema(
              description = "The rule in words, in the language of Accept-Language",
              example = "must be greater than 0",
              requiredMode = RequiredMode.REQUIRED)
          String message) {}
}
