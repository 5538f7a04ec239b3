package kz.cites.application.cabinet.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.application.cabinet.domain.Cabinet;
import kz.cites.application.cabinet.domain.Notification;
import kz.cites.application.cabinet.domain.NotificationKind;
import kz.cites.events.RefusalGround;
import kz.cites.web.CurrentUser;
import kz.cites.web.ProblemException;
import kz.cites.web.Problems;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
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

  CabinetController(Cabinet cabinet) {
    this.cabinet = cabinet;
  }

  record NotificationView(
      UUID id,
      UUID applicationId,
      NotificationKind kind,
      String message,
      String registrationNumber,
      String permitNumber,
      LocalDate dueDate,
      List<RefusalGround> refusalGrounds,
      String reason,
      Instant createdAt,
      boolean read,
      Instant readAt) {

    static NotificationView of(Notification n) {
      return new NotificationView(
          n.id(),
          n.applicationId(),
          n.kind(),
          n.message(),
          n.registrationNumber(),
          n.permitNumber(),
          n.dueDate(),
          n.refusalGrounds(),
          n.reason(),
          n.createdAt(),
          n.readAt() != null,
          n.readAt());
    }
  }

  record NotificationPage(
      List<NotificationView> items, int page, int size, long totalElements, int totalPages) {

    static NotificationPage of(Page<Notification> page) {
      return new NotificationPage(
          page.getContent().stream().map(NotificationView::of).toList(),
          page.getNumber(),
          page.getSize(),
          page.getTotalElements(),
          page.getTotalPages());
    }
  }

  @GetMapping
  @Operation(
      summary = "One's own cabinet notifications, newest first (applicant)",
      description =
          "unreadOnly=true leaves out the ones already read. Each has a stable kind code"
              + " (SUBMISSION_REGISTERED, PERMIT_ISSUED, APPLICATION_REFUSED, PERMIT_CANCELLED,"
              + " WITHDRAWAL_CONFIRMED) and the data its English message names.")
  NotificationPage list(
      @RequestParam(defaultValue = "false") boolean unreadOnly,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication authentication) {
    if (page < 0) {
      throw badParameter("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw badParameter("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    return NotificationPage.of(cabinet.page(iin(authentication), unreadOnly, page, size));
  }

  @PostMapping("/{id}/read")
  @Operation(
      summary = "Mark one's own notification read (applicant)",
      description = "Repeatable: the first reading time stays. Another person's: 404.")
  NotificationView read(@PathVariable UUID id, Authentication authentication) {
    return cabinet
        .markRead(id, iin(authentication))
        .map(NotificationView::of)
        .orElseThrow(() -> ProblemException.notFound("Notification " + id));
  }

  private static String iin(Authentication authentication) {
    return CurrentUser.of(authentication).iin();
  }

  private static ProblemException badParameter(String name, String rule) {
    return new ProblemException(
            HttpStatus.BAD_REQUEST,
            Problems.type("invalid-parameter"),
            "Invalid parameter",
            name + " " + rule)
        .with("field", name);
  }
}
