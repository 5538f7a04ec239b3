package kz.cites.application.intake.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.application.intake.domain.Hearing;
import kz.cites.events.RefusalGround;

@Schema(
    description =
        "The hearing of a preliminary refusal (APC art. 73): what the authority intends and why,"
            + " how and until when the applicant may state a position, and how it ended")
record HearingView(
    @Schema(
            description = "The hearing's id",
            example = "5f0c2a61-3b7d-4c8e-9a14-2d6e8f0a1b23",
            requiredMode = RequiredMode.REQUIRED)
        UUID hearingId,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description = "The grounds the authority intends to refuse on",
                    requiredMode = RequiredMode.REQUIRED),
            schema = @Schema(description = "A refusal ground", example = "COURT_BAN"))
        List<RefusalGround> grounds,
    @Schema(
            description =
                "The explanation, in the caller's language (Accept-Language; Content-Language"
                    + " names it) when the authority's rules wrote it, or as the officer wrote it",
            example =
                "Основание 3: при проверке по сведениям о судебных актах установлено: в отношении"
                    + " заявителя имеется вступившее в законную силу 10.06.2025 решение суда по"
                    + " делу № 7599-25-00-1/215 о запрещении деятельности, действующее по"
                    + " 10.06.2029 включительно: Запрещено заниматься торговлей дикими животными,"
                    + " их частями и дериватами сроком на четыре года.",
            requiredMode = RequiredMode.REQUIRED)
        String reason,
    @Schema(
            description = "True when the grounds came from the registry checks, not an officer",
            example = "true",
            requiredMode = RequiredMode.REQUIRED)
        boolean automatic,
    @Schema(
            description = "When the applicant was notified",
            example = "2026-11-26T09:20:00Z",
            requiredMode = RequiredMode.REQUIRED)
        Instant notifiedAt,
    @Schema(description = "A meeting the officer invites to, when set") Meeting meeting,
    @Schema(
            description =
                "A position stated strictly before this instant is in time (18:00 Almaty on the"
                    + " 2nd working day after the notice)",
            example = "2026-11-30T13:00:00Z",
            requiredMode = RequiredMode.REQUIRED)
        Instant answerBy,
    @Schema(
            description = "When the final decision is due: the working day after the hearing ends",
            example = "2026-12-01T12:30:00Z",
            requiredMode = RequiredMode.REQUIRED)
        Instant decisionDueAt,
    @Schema(
            description = "Whether a position can still be stated",
            example = "true",
            requiredMode = RequiredMode.REQUIRED)
        boolean open,
    @Schema(description = "The position stated, once it was") Answer answer,
    @Schema(
            description = "When the deadline passed without an answer",
            example = "2026-11-30T13:00:05Z")
        Instant lapsedAt) {

  @Schema(description = "A hearing meeting: when and where")
  record Meeting(
      @Schema(
              description = "When the meeting is held",
              example = "2026-11-30T05:00:00Z",
              requiredMode = RequiredMode.REQUIRED)
          Instant at,
      @Schema(
              description = "Where it is held, or the video link",
              example = "Астана, ул. Мәңгілік Ел 8, каб. 214",
              requiredMode = RequiredMode.REQUIRED)
          String place) {}

  @Schema(description = "The applicant's position")
  record Answer(
      @Schema(
              description = "The position in the applicant's words",
              example = "Решение суда отменено; копия постановления прилагается.",
              requiredMode = RequiredMode.REQUIRED)
          String text,
      @ArraySchema(
              arraySchema =
                  @Schema(
                      description = "The documents given with it",
                      example = "[\"7c3e9b20-4a1d-4f6b-8e2c-5a9d1f3b7e40\"]",
                      requiredMode = RequiredMode.REQUIRED),
              schema =
                  @Schema(
                      description = "A document id",
                      example = "7c3e9b20-4a1d-4f6b-8e2c-5a9d1f3b7e40"))
          List<UUID> documentIds,
      @Schema(
              description = "When it was stated",
              example = "2026-11-27T06:10:00Z",
              requiredMode = RequiredMode.REQUIRED)
          Instant answeredAt) {}

  /** {@code language}: the reader's, for an explanation written in every language. */
  static HearingView of(Hearing h, String language) {
    return new HearingView(
        h.id(),
        h.grounds(),
        h.reasonIn(language),
        h.automatic(),
        h.notifiedAt(),
        h.meetingAt() == null ? null : new Meeting(h.meetingAt(), h.meetingPlace()),
        h.answerBy(),
        h.decisionDueAt(),
        h.isOpen(),
        h.answeredAt() == null
            ? null
            : new Answer(h.answerText(), h.answerDocumentIds(), h.answeredAt()),
        h.lapsedAt());
  }
}
