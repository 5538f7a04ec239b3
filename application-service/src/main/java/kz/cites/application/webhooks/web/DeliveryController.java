package kz.cites.application.webhooks.web;

import static kz.cites.application.web.ApiProblem.INVALID_PARAMETER;
import static kz.cites.application.web.ApiProblem.NOT_FOUND;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.UUID;
import kz.cites.application.web.ApiProblem;
import kz.cites.application.web.ProblemResponses;
import kz.cites.application.webhooks.WebhookDeliveries;
import kz.cites.application.webhooks.domain.DeliveryStatus;
import kz.cites.web.CurrentUser;
import kz.cites.web.PageView;
import kz.cites.web.Paged;
import kz.cites.web.Paging;
import kz.cites.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook outbox for the people who look after it: the operator sees every delivery and sends
 * one again; a subscriber sees and re-sends the deliveries of their own subscriptions.
 */
@RestController
@RequestMapping("/api/v1/webhooks/deliveries")
@Tag(name = "Webhooks")
class DeliveryController {

  private static final int MAX_PAGE_SIZE = 100;

  private final WebhookDeliveries deliveries;

  DeliveryController(WebhookDeliveries deliveries) {
    this.deliveries = deliveries;
  }

  @GetMapping
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "Webhook deliveries, newest first (OPERATOR: all; APPLICANT: one's own)",
      description =
          "Each change queued for a subscription, with its body and what became of it: PENDING"
              + " (attempts so far, the last error and the time of the next attempt), DELIVERED,"
              + " or FAILED (given up after cites.webhooks.give-up-after; send it again with POST"
              + " .../{id}/redelivery). Filters: status, subscriptionId, applicationId.")
  @ApiResponse(responseCode = "200", description = "The page")
  @ProblemResponses({INVALID_PARAMETER})
  @Paged(maxSize = MAX_PAGE_SIZE)
  PageView<DeliveryView> list(
      @Parameter(
              description = "Only deliveries in this status",
              example = "FAILED",
              schema = @Schema(implementation = DeliveryStatus.class))
          @RequestParam(required = false)
          String status,
      @Parameter(
              description = "Only the deliveries of this subscription",
              example = "5d7f1c2a-9b3e-4f60-8a21-3c4d5e6f7a80")
          @RequestParam(required = false)
          UUID subscriptionId,
      @Parameter(
              description = "Only the deliveries about this application",
              example = "0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31")
          @RequestParam(required = false)
          UUID applicationId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication authentication) {
    Paging paging = Paging.of(page, size, MAX_PAGE_SIZE, ApiProblem.BAD_PAGE);
    return PageView.of(
        deliveries.page(
            viewer(authentication),
            status(status),
            subscriptionId,
            applicationId,
            paging.page(),
            paging.size()),
        DeliveryView::of);
  }

  @GetMapping("/{id}")
  @Operation(
      operationId = "getWebhookDelivery",
      summary = "One webhook delivery (OPERATOR; APPLICANT: one's own)",
      description = "A delivery of another owner's subscription answers 404 to an applicant.")
  @ApiResponse(responseCode = "200", description = "The delivery")
  @ProblemResponses({INVALID_PARAMETER, NOT_FOUND})
  DeliveryView get(
      @Parameter(description = "The delivery id", example = "8e2b4c6d-1f3a-4b5c-9d7e-0a1b2c3d4e5f")
          @PathVariable
          UUID id,
      Authentication authentication) {
    return deliveries
        .find(id, viewer(authentication))
        .map(DeliveryView::of)
        .orElseThrow(() -> notFound(id));
  }

  @PostMapping("/{id}/redelivery")
  @Operation(
      operationId = "redeliverWebhook",
      summary = "Send a webhook delivery again (OPERATOR; APPLICANT: one's own)",
      description =
          "Queues it to be sent now with a fresh schedule of attempts: a FAILED one, or a"
              + " DELIVERED one the receiver lost. The same webhook-id and body as before. A"
              + " PENDING one is already queued and stays as it is, so repeating the request"
              + " changes nothing. It keeps its place in the order: later changes of the same"
              + " application that are still PENDING wait for it.")
  @ApiResponse(responseCode = "202", description = "The delivery, PENDING")
  @ProblemResponses({INVALID_PARAMETER, NOT_FOUND})
  ResponseEntity<DeliveryView> redeliver(
      @Parameter(description = "The delivery id", example = "8e2b4c6d-1f3a-4b5c-9d7e-0a1b2c3d4e5f")
          @PathVariable
          UUID id,
      Authentication authentication) {
    return deliveries
        .redeliver(id, viewer(authentication))
        .map(d -> ResponseEntity.status(HttpStatus.ACCEPTED).body(DeliveryView.of(d)))
        .orElseThrow(() -> notFound(id));
  }

  private static WebhookDeliveries.Viewer viewer(Authentication authentication) {
    CurrentUser user = CurrentUser.of(authentication);
    return new WebhookDeliveries.Viewer(user.party(), user.hasRole("OPERATOR"));
  }

  private static DeliveryStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return Arrays.stream(DeliveryStatus.values())
        .filter(s -> s.name().equals(status))
        .findFirst()
        .orElseThrow(
            () -> badParameter("one-of", "status", Arrays.toString(DeliveryStatus.values())));
  }

  private static ProblemException notFound(UUID id) {
    return ApiProblem.NOT_FOUND.detail("webhook-delivery", id);
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
