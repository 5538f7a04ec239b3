package kz.cites.application.intake.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The submission: the applicant's EDS over the signing payload, as base64 CMS. */
record SubmissionRequest(
    @Size(max = 200_000) @Pattern(regexp = "[A-Za-z0-9+/\\r\\n]*={0,2}", message = "must be base64")
        String signature) {}
