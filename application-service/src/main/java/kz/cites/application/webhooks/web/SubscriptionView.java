package kz.cites.application.webhooks.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import kz.cites.application.webhooks.domain.SigningSecret;
import kz.cites.application.webhooks.domain.Subscription;

/** A webhook subscription as its owner sees it; the secret only when it was just made. */
@Schema(
    description =
        "A webhook subscription: every status change of the owner's applications is POSTed to url,"
            + " signed with the secret (Standard Webhooks: webhook-id, webhook-timestamp,"
            + " webhook-signature)")
record SubscriptionView(
    @Schema(
            description = "The subscription id",
            example = "5d7f1c2a-9b3e-4f60-8a21-3c4d5e6f7a80",
            requiredMode = RequiredMode.REQUIRED)
        UUID id,
    @Schema(
            description = "Where the changes are POSTed",
            example = "https://portal.example.kz/hooks/cites",
            requiredMode = RequiredMode.REQUIRED)
        URI url,
    @Schema(description = "What it is for", example = "Portal status updates") String description,
    @Schema(
            description =
                "Whom it belongs to: the company's BIN when registered by a person acting for it"
                    + " (it then hears of all of the company's applications, whoever filed them);"
                    + " null for a person acting for themself",
            example = "940140000385")
        String companyBin,
    @Schema(
            description =
                "The signing secret, whsec_ and the base64 of 32 random bytes: shown ONLY in the"
                    + " answer to the registration and to a secret rotation, null everywhere"
                    + " else. The HMAC-SHA256 key is the base64-decoded part.",
            example = "whsec_CBnmOIHWaEoR+CVp5GQHBRrP3OtW3usru+t4UclqBz0=")
        String secret,
    @Schema(
            description = "When it was registered",
            example = "2026-11-26T09:15:31Z",
            requiredMode = RequiredMode.REQUIRED)
        Instant createdAt,
    @Schema(description = "When its secret was last rotated", example = "2026-12-01T08:00:00Z")
        Instant secretRotatedAt,
    @Schema(
            description =
                "After a rotation: until when deliveries carry a second signature with the previous"
                    + " secret",
            example = "2026-12-02T08:00:00Z")
        Instant previousSecretValidUntil) {

  /** {@code secret}: the secret just made, or null. */
  static SubscriptionView of(Subscription s, SigningSecret secret) {
    return new SubscriptionView(
        s.id(),
        s.url(),
        s.description(),
        s.owner().bin(),
        secret == null ? null : secret.encoded(),
        s.createdAt(),
        s.secretRotatedAt(),
        s.previousSecretValidUntil());
  }
}
