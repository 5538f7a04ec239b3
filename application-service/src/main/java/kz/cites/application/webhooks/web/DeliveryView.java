package kz.cites.application.webhooks.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.UUID;
import kz.cites.application.webhooks.domain.Delivery;
import kz.cites.application.webhooks.domain.DeliveryStatus;
import kz.cites.application.webhooks.domain.WebhookPayload;

/** One delivery of the webhook outbox: what was sent and what became of it. */
@Schema(description = "One change queued for one subscription: what is sent, and how it went")
record DeliveryView(
    @Schema(
            description = "The delivery id: the webhook-id header of every attempt",
            example = "8e2b4c6d-1f3a-4b5c-9d7e-0a1b2c3d4e5f",
            requiredMode = RequiredMode.REQUIRED)
        UUID id,
    @Schema(
            description = "The subscription it is for",
            example = "5d7f1c2a-9b3e-4f60-8a21-3c4d5e6f7a80",
            requiredMode = RequiredMode.REQUIRED)
        UUID subscriptionId,
    @Schema(
            description = "The application that changed",
            example = "0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31",
            requiredMode = RequiredMode.REQUIRED)
        UUID applicationId,
    @Schema(
            description = "Its number among the application's changes for this subscription",
            example = "3",
            requiredMode = RequiredMode.REQUIRED)
        int sequence,
    @Schema(
            description = "The payload's type",
            example = WebhookPayload.STATUS_CHANGED,
            requiredMode = RequiredMode.REQUIRED)
        String type,
    @Schema(
            description =
                "PENDING (waiting for an attempt, or for an earlier change of the same"
                    + " application), DELIVERED (answered 2xx) or FAILED (given up; re-sendable)",
            example = "PENDING",
            requiredMode = RequiredMode.REQUIRED)
        DeliveryStatus status,
    @Schema(
            description = "Attempts since it was queued (or re-queued)",
            example = "2",
            requiredMode = RequiredMode.REQUIRED)
        int attempts,
    @Schema(
            description = "When it was queued: in the transaction of the change",
            example = "2026-11-26T09:15:31Z",
            requiredMode = RequiredMode.REQUIRED)
        Instant createdAt,
    @Schema(description = "PENDING: when it is tried next", example = "2026-11-26T09:16:01Z")
        Instant nextAttemptAt,
    @Schema(description = "When it was last tried", example = "2026-11-26T09:15:41Z")
        Instant lastAttemptAt,
    @Schema(description = "The HTTP status of the last answer; null without one", example = "503")
        Integer lastStatusCode,
    @Schema(
            description = "Why the last attempt failed",
            example = "HttpConnectTimeoutException: HTTP connect timed out")
        String lastError,
    @Schema(description = "When the receiver answered 2xx", example = "2026-11-26T09:16:02Z")
        Instant deliveredAt,
    @Schema(
            description = "The body sent, byte for byte the same at every attempt",
            requiredMode = RequiredMode.REQUIRED)
        WebhookPayload payload) {

  static DeliveryView of(Delivery d) {
    return new DeliveryView(
        d.id(),
        d.subscriptionId(),
        d.applicationId(),
        d.sequence(),
        d.eventType(),
        d.status(),
        d.attempts(),
        d.createdAt(),
        d.status() == DeliveryStatus.PENDING ? d.nextAttemptAt() : null,
        d.lastAttemptAt(),
        d.lastStatusCode(),
        d.lastError(),
        d.deliveredAt(),
        d.payload());
  }
}
