package kz.cites.application.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import kz.cites.application.intake.domain.RequiredDocuments;
import kz.cites.application.species.domain.UnknownSpecies;

/**
 * The shape of every error answer, for the OpenAPI only (the service writes Spring's {@code
 * ProblemDetail}): the RFC 9457 members and the extension members some types add.
 */
@Schema(
    name = "Problem",
    description =
        "RFC 9457 problem detail (application/problem+json). Switch on `type`; `detail` is for"
            + " people. The extension members appear only with the types named in their"
            + " description; docs/api-problems.md lists every type.")
record ProblemSchema(
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
    @Schema(description = "HTTP status code", example = "400", requiredMode = RequiredMode.REQUIRED)
        int status,
    @Schema(
            description = "What went wrong in this request, in English",
            example = "2 field(s) break the rules of the contract.")
        String detail,
    @Schema(
            description = "The path of the request",
            example = "/api/v1/applications",
            format = "uri-reference")
        String instance,
    @Schema(
            description =
                "JSON path of the field or name of the parameter concerned (invalid-parameter,"
                    + " applicant-mismatch, empty-document, document-too-large,"
                    + " unsupported-document-format, unknown-species, appendix-i-commercial-import,"
                    + " invalid-signature, certificate-expired, certificate-not-yet-valid,"
                    + " certificate-revoked, revocation-status-unavailable, species-import-invalid)",
            example = "applicant.iin")
        String field,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description =
                        "validation: every broken field with the rule it broke (sorted by field)"))
        List<FieldProblem> errors,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description =
                        "incomplete-application: every document or data item the package still"
                            + " lacks"))
        List<RequiredDocuments.Requirement> missing,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description =
                        "unknown-species: each specimen line whose name is not in the checklist"))
        List<UnknownSpecies.Name> species,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description =
                        "appendix-i-commercial-import: the JSON paths of the Appendix I lines",
                    example = "[\"specimens[0].scientificName\"]"),
            schema = @Schema(description = "JSON path", example = "specimens[0].scientificName"))
        List<String> specimens,
    @Schema(
            description =
                "invalid-signature, certificate-expired, certificate-not-yet-valid,"
                    + " certificate-revoked, revocation-status-unavailable: why the EDS does not"
                    + " hold or cannot be checked now (the allowed values)",
            example = "IIN_MISMATCH")
        String reason,
    @Schema(
            description =
                "certificate-expired, certificate-not-yet-valid: the start of the signer's"
                    + " certificate's validity",
            example = "2025-03-19T00:00:00Z",
            format = "date-time")
        String notBefore,
    @Schema(
            description =
                "certificate-expired, certificate-not-yet-valid: the end of the signer's"
                    + " certificate's validity",
            example = "2026-03-19T00:00:00Z",
            format = "date-time")
        String notAfter,
    @Schema(
            description =
                "certificate-expired, certificate-not-yet-valid, certificate-revoked: the server's"
                    + " time of receipt of the submission, at which the certificate was judged"
                    + " (never the signing time the signature claims)",
            example = "2026-03-20T14:00:00Z",
            format = "date-time")
        String checkedAt,
    @Schema(
            description = "certificate-revoked: when the NCA revoked the certificate",
            example = "2026-03-18T09:30:00Z",
            format = "date-time")
        String revokedAt,
    @Schema(
            description =
                "certificate-revoked: the NCA's reason (RFC 5280 CRLReason in upper snake case);"
                    + " absent when the NCA gives none",
            example = "KEY_COMPROMISE",
            allowableValues = {
              "UNSPECIFIED",
              "KEY_COMPROMISE",
              "CA_COMPROMISE",
              "AFFILIATION_CHANGED",
              "SUPERSEDED",
              "CESSATION_OF_OPERATION",
              "CERTIFICATE_HOLD",
              "REMOVE_FROM_CRL",
              "PRIVILEGE_WITHDRAWN",
              "AA_COMPROMISE"
            })
        String revocationReason) {

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
                      + " Positive, DecimalMax, Digits, Email, Iin, Bin, CitesCode,"
                      + " BinOfLegalEntity, SpecimenRules, FutureOrPresent, PastOrPresent,"
                      + " TypeMismatch)",
              example = "Positive",
              requiredMode = RequiredMode.REQUIRED)
          String rule,
      @Schema(
              description = "The rule in words",
              example = "must be greater than 0",
              requiredMode = RequiredMode.REQUIRED)
          String message) {}
}
