package kz.cites.application.cabinet.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.access.Party;
import kz.cites.application.StoredArguments;
import kz.cites.application.cabinet.Cabinet;
import kz.cites.application.cabinet.domain.Notification;
import kz.cites.application.cabinet.domain.NotificationArguments;
import kz.cites.application.cabinet.domain.NotificationKind;
import kz.cites.application.web.ApiProblem;
import kz.cites.application.web.ProblemResponses;
import kz.cites.events.RefusalGround;
import kz.cites.web.CurrentUser;
import kz.cites.web.PageView;
import kz.cites.web.Paged;
import kz.cites.web.Paging;
import kz.cites.web.ProblemException;
import kz.cites.web.Text;
import kz.cites.web.Texts;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The applicant's personal cabinet: notifications about their applications. */
@RestController
@RequestMapping("/api/v1/cabinet/notifications")
@Tag(name = "Cabinet", description = "The applicant's personal-cabinet notifications")
class CabinetController {

  private static final int MAX_PAGE_SIZE = 100;

  private final Cabinet cabinet;
  private final Texts texts;

  CabinetController(Cabinet cabinet, Texts texts) {
    this.cabinet = cabinet;
    this.texts = texts;
  }

  @Schema(
      description =
          "A cabinet notification: its message in the caller's language (Accept-Language: kk, ru"
              + " or en; Russian by default), a stable kind code and the data the message names")
  record NotificationView(
      @Schema(
              description = "The notification id",
              example = "c41e9b0d-2a7f-4e53-8d16-95b3f0a7c2e8",
              requiredMode = RequiredMode.REQUIRED)
          UUID id,
      @Schema(
              description = "The application it is about",
              example = "0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31",
              requiredMode = RequiredMode.REQUIRED)
          UUID applicationId,
      @Schema(
              description = "What it is about: a stable code to translate",
              example = "SUBMISSION_REGISTERED",
              requiredMode = RequiredMode.REQUIRED)
          NotificationKind kind,
      @Schema(
              description =
                  "The message in the caller's language (Content-Language names it), written when"
                      + " read: the same notification reads in Kazakh for one request and in"
                      + " Russian for the next",
              example =
                  "Ваша заявка зарегистрирована под номером CITES-2026-000042. Срок принятия"
                      + " решения — 01.12.2026.",
              requiredMode = RequiredMode.REQUIRED)
          String message,
      @Schema(
              description = "The application's registration number, once submitted",
              example = "CITES-2026-000042")
          String registrationNumber,
      @Schema(
              description = "PERMIT_ISSUED, PERMIT_CANCELLED, PERMIT_ENDORSED: the permit number",
              example = "26KZ000001")
          String permitNumber,
      @Schema(description = "SUBMISSION_REGISTERED: the due date", example = "2026-12-01")
          LocalDate dueDate,
      @ArraySchema(
              arraySchema =
                  @Schema(
                      description =
                          "APPLICATION_REFUSED and HEARING_NOTICE: the grounds; empty otherwise",
                      example = "[\"NON_COMPLIANCE\"]",
                      requiredMode = RequiredMode.REQUIRED),
              schema = @Schema(description = "A refusal ground", example = "NON_COMPLIANCE"))
          List<RefusalGround> refusalGrounds,
      @Schema(
              description =
                  "HEARING_NOTICE, APPLICATION_REFUSED, APPLICATION_NOT_ACCEPTED, PERMIT_CANCELLED,"
                      + " WITHDRAWAL_CONFIRMED: the reason given; an explanation the authority's"
                      + " rules wrote in every language comes in the caller's, an officer's or"
                      + " the applicant's own words as written",
              example =
                  "Основание 5: вы не дали согласия на доступ к вашим персональным данным"
                      + " ограниченного доступа, без которого невозможны проверки по"
                      + " государственным базам данных, необходимые для оказания услуги.")
          String reason,
      @Schema(
              description =
                  "HEARING_NOTICE: until when a position can be stated (POST"
                      + " /api/v1/applications/{id}/hearing/objection)",
              example = "2026-11-30T13:00:00Z")
          Instant answerBy,
      @Schema(
              description = "When it was written",
              example = "2026-11-26T09:15:31Z",
              requiredMode = RequiredMode.REQUIRED)
          Instant createdAt,
      @Schema(
              description = "Whether the applicant has read it",
              example = "false",
              requiredMode = RequiredMode.REQUIRED)
          boolean read,
      @Schema(description = "When it was first read", example = "2026-11-26T10:02:00Z")
          Instant readAt) {

    /** {@code language}: the reader's, for a reason kept in every language. */
    static NotificationView of(Notification n, String message, String language) {
      return new NotificationView(
          n.id(),
          n.applicationId(),
          n.kind(),
          message,
          n.registrationNumber(),
          n.permitNumber(),
          n.dueDate(),
          n.refusalGrounds(),
          n.reasonIn(language),
          n.answerBy(),
          n.createdAt(),
          n.readAt() != null,
          n.readAt());
    }
  }

  @GetMapping
  @Operation(
      operationId = "listNotifications",
      summary = "One's own cabinet notifications, newest first (APPLICANT)",
      description =
          "Only those of whom the caller acts for: signed in for a company (the token's bin)"
              + " the company's, signed in alone the person's own. unreadOnly=true leaves out the ones already read. Each has a"
              + " stable kind code (SUBMISSION_REGISTERED, PERMIT_ISSUED, HEARING_NOTICE,"
              + " APPLICATION_REFUSED, APPLICATION_NOT_ACCEPTED, PERMIT_CANCELLED, PERMIT_ENDORSED,"
              + " WITHDRAWAL_CONFIRMED), the data its"
              + " message names, and the message in the language Accept-Language asks for (kk,"
              + " ru, en; Russian by default), written when read.")
  @ApiResponse(responseCode = "200", description = "The page")
  @ProblemResponses({ApiProblem.INVALID_PARAMETER})
  @Paged(maxSize = MAX_PAGE_SIZE)
  PageView<NotificationView> list(
      @Parameter(description = "Leave out the notifications already read", example = "true")
          @RequestParam(defaultValue = "false")
          boolean unreadOnly,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication authentication) {
    Paging paging = Paging.of(page, size, MAX_PAGE_SIZE, ApiProblem.BAD_PAGE);
    return PageView.of(
        cabinet.page(party(authentication), unreadOnly, paging.page(), paging.size()), this::view);
  }

  @PostMapping("/{id}/read")
  @Operation(
      operationId = "markNotificationRead",
      summary = "Mark one's own notification read (APPLICANT, owner)",
      description =
          "Repeatable: the first reading time stays. Another person's notification answers 404.")
  @ApiResponse(responseCode = "200", description = "The notification, read")
  @ProblemResponses({ApiProblem.INVALID_PARAMETER, ApiProblem.NOT_FOUND})
  NotificationView read(
      @Parameter(
              description = "The notification id",
              example = "c41e9b0d-2a7f-4e53-8d16-95b3f0a7c2e8")
          @PathVariable
          UUID id,
      Authentication authentication) {
    return cabinet
        .markRead(id, party(authentication))
        .map(this::view)
        .orElseThrow(() -> ApiProblem.NOT_FOUND.detail("notification", id));
  }

  private NotificationView view(Notification n) {
    String language = texts.answerLanguage().tag();
    return NotificationView.of(n, message(n, language), language);
  }

  /**
   * The notification's text in the caller's language: its kind's text, or the text for a draft when
   * it has no registration number, with the arguments the kind names.
   */
  private String message(Notification n, String language) {
    NotificationKind kind = n.kind();
    String key = n.registrationNumber() == null ? kind.textKey() + ".draft" : kind.textKey();
    Object[] args =
        kind.arguments().stream()
            .map(
                name ->
                    name.equals("reason") ? n.reasonIn(language) : argument(name, n.arguments()))
            .toArray();
    return texts.text(key, args);
  }

  /**
   * How the stored value {@code name} is written: grounds and duty codes in words, the meeting of a
   * hearing as a sentence of its own (none when there is no meeting), days as dates, instants as
   * Kazakhstan time.
   */
  private static Object argument(String name, NotificationArguments stored) {
    String value = stored.get(name);
    return switch (name) {
      case "grounds" -> StoredArguments.grounds(value);
      // notifications written before the duty's code was kept name no cause
      case "duty" -> StoredArguments.duty(value);
      case "meeting" ->
          stored.get("meetingAt") == null
              ? ""
              : Text.of(
                  "notification.meeting",
                  StoredArguments.shown(stored.get("meetingAt")),
                  stored.get("meetingPlace"));
      default -> StoredArguments.shown(value);
    };
  }

  /** Acting for a company the company's notifications, signed in alone one's own. */
  private static Party party(Authentication authentication) {
    return CurrentUser.of(authentication).party();
  }

  /**
   * {@code detail}: the detail's name, {@code problem.invalid-parameter.detail.*}; {0} the name.
   */
  private static ProblemException badParameter(String detail, String name, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = name;
    System.arraycopy(more, 0, args, 1, more.length);
    return ApiProblem.INVALID_PARAMETER.detail(detail, args).with("field", name);
  }
}
