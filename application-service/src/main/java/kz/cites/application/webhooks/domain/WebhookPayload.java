package kz.cites.application.webhooks.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import kz.cites.application.intake.domain.ApplicationStatus;

/**
 * The body of a delivery, in the shape the Standard Webhooks specification recommends: the type of
 * the change, when it happened and its data. Thin on purpose: ids, statuses and links, no personal
 * data; a receiver that wants the application reads it through the API with its own token.
 */
@Schema(
    description =
        "The body POSTed to a webhook: the type of the change, when it happened and its data")
public record WebhookPayload(
    @Schema(
            description =
                "What happened: application.status-changed (the status moved) or"
                    + " application.permit-cancelled (the permit issued on it was cancelled; the"
                    + " status stays ISSUED)",
            example = STATUS_CHANGED,
            requiredMode = RequiredMode.REQUIRED)
        String type,
    @Schema(
            description = "When it happened (the same as data.occurredAt)",
            example = "2026-11-26T09:15:31Z",
            requiredMode = RequiredMode.REQUIRED)
        Instant timestamp,
    @Schema(description = "The change", requiredMode = RequiredMode.REQUIRED) Data data) {

  public static final String STATUS_CHANGED = "application.status-changed";
  public static final String PERMIT_CANCELLED = "application.permit-cancelled";

  /** The change of one application. */
  @Schema(description = "The change of one application")
  public record Data(
      @Schema(
              description = "The application",
              example = "0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31",
              requiredMode = RequiredMode.REQUIRED)
          UUID applicationId,
      @Schema(
              description = "Its registration number; null while a draft",
              example = "CITES-2026-000042")
          String registrationNumber,
      @Schema(
              description =
                  "The number of this change among the changes of this application sent to this"
                      + " subscription: 1, 2, 3, ... without gaps. Deliveries of one application"
                      + " arrive in this order (a later one waits until the earlier one is"
                      + " delivered); a gap means one was given up (FAILED) and can be re-sent",
              example = "3",
              requiredMode = RequiredMode.REQUIRED)
          int sequence,
      @Schema(
              description = "The status now",
              example = "IN_REVIEW",
              requiredMode = RequiredMode.REQUIRED)
          ApplicationStatus status,
      @Schema(
              description =
                  "The status before; the same as status for application.permit-cancelled",
              example = "IN_VERIFICATION",
              requiredMode = RequiredMode.REQUIRED)
          ApplicationStatus previousStatus,
      @Schema(description = "The permit, once issued", example = "26KZ000001") String permitNumber,
      @Schema(
              description = "The permit's state once issued: ISSUED or CANCELLED; null before",
              example = "ISSUED")
          String permitStatus,
      @Schema(
              description = "When the change happened",
              example = "2026-11-26T09:15:31Z",
              requiredMode = RequiredMode.REQUIRED)
          Instant occurredAt,
      @Schema(description = "Where to read more", requiredMode = RequiredMode.REQUIRED)
          Links links) {}

  /** API addresses of what the change is about (GET with the subscriber's own token). */
  @Schema(description = "API addresses of what the change is about, read with one's own token")
  public record Links(
      @Schema(
              description = "The application",
              example =
                  "https://cites.gov.kz/api/v1/applications/0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31",
              requiredMode = RequiredMode.REQUIRED)
          URI application,
      @Schema(
              description = "The permit, once issued",
              example = "https://cites.gov.kz/api/v1/permits/26KZ000001")
          URI permit) {}
}
