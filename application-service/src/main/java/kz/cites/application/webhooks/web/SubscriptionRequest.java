package kz.cites.application.webhooks.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.cites.application.webhooks.domain.EndpointPolicy;

/** A webhook to register. */
@Schema(description = "A webhook to register: where to POST the changes of one's applications")
record SubscriptionRequest(
    @Schema(
            description =
                "Where each change is POSTed: an absolute https URL without credentials, fragment"
                    + " or dot segments, whose host is no localhost and no private, loopback or"
                    + " link-local address (422 webhook-url-refused otherwise). Its host is"
                    + " resolved again before each delivery and must still be public.",
            example = "https://portal.example.kz/hooks/cites",
            requiredMode = RequiredMode.REQUIRED)
        @NotBlank
        @Size(max = EndpointPolicy.MAX_LENGTH)
        String url,
    @Schema(
            description = "What it is for, for one's own records (at most 200 characters)",
            example = "Portal status updates")
        @Size(max = 200)
        String description) {}
