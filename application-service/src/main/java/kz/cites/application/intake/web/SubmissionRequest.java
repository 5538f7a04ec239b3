package kz.cites.application.intake.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The submission: the applicant's EDS over the signing payload, as base64 CMS. */
@Schema(description = "The applicant's EDS over the signing payload")
record SubmissionRequest(
    @Schema(
            description =
                "Base64 of a detached CMS (PKCS#7) signature over the bytes of GET"
                    + " .../signing-payload, made with the applicant's NCA certificate (for a"
                    + " LEGAL_ENTITY a key of the company's BIN); the signingTime attribute is"
                    + " checked against the certificate's validity. Without it: 422"
                    + " invalid-signature (SIGNATURE_MISSING).",
            example =
                "MIIGqAYJKoZIhvcNAQcCoIIGmTCCBpUCAQExDzANBglghkgBZQMEAgEFADALBgkqhkiG9w0BBwGgggQ5MIIENTCC")
        @Size(max = 200_000)
        @Pattern(regexp = "[A-Za-z0-9+/\\r\\n]*={0,2}", message = "{constraint.base64}")
        String signature) {}
