package kz.cites.application.webhooks.web;

import static kz.cites.application.web.ApiProblem.INVALID_PARAMETER;
import static kz.cites.application.web.ApiProblem.MALFORMED_BODY;
import static kz.cites.application.web.ApiProblem.NOT_FOUND;
import static kz.cites.application.web.ApiProblem.VALIDATION;
import static kz.cites.application.web.ApiProblem.WEBHOOK_SUBSCRIPTION_LIMIT;
import static kz.cites.application.web.ApiProblem.WEBHOOK_URL_REFUSED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import kz.cites.access.Party;
import kz.cites.application.web.ApiProblem;
import kz.cites.application.web.ProblemResponses;
import kz.cites.application.webhooks.WebhookSubscriptions;
import kz.cites.web.CurrentUser;
import kz.cites.web.PageView;
import kz.cites.web.Paged;
import kz.cites.web.Paging;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** An integrator's webhooks: registered, listed, rotated and removed by whom they belong to. */
@RestController
@RequestMapping("/api/v1/webhooks/subscriptions")
@Tag(
    name = "Webhooks",
    description =
        "Status push: every status change of one's applications POSTed to one's URL, signed")
class SubscriptionController {

  private static final int MAX_PAGE_SIZE = 100;

  private final WebhookSubscriptions subscriptions;

  SubscriptionController(WebhookSubscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @PostMapping
  @Operation(
      operationId = "createWebhookSubscription",
      summary = "Register a webhook (APPLICANT)",
      description =
          "From now on every status change of the caller's applications (signed in for a company:"
              + " all of the company's, whoever filed them; alone: one's own) is POSTed to url as"
              + " JSON ({type, timestamp, data}), in order per application, retried with"
              + " exponential back-off for up to 3 days. Each request carries the Standard"
              + " Webhooks headers webhook-id (the same at every attempt: drop repeats by it),"
              + " webhook-timestamp (unix seconds) and webhook-signature (v1,<base64"
              + " HMAC-SHA256(key, id.timestamp.body)>, key = the base64-decoded part of the"
              + " secret). Answer 2xx quickly; anything else is tried again. The secret is in this"
              + " answer only: keep it. At most 10 subscriptions per owner (409"
              + " webhook-subscription-limit).")
  @ApiResponse(
      responseCode = "201",
      description = "The subscription with its secret, shown this once",
      headers =
          @Header(
              name = HttpHeaders.LOCATION,
              description = "The URL of the new subscription",
              schema = @Schema(type = "string", format = "uri")))
  @ProblemResponses({VALIDATION, MALFORMED_BODY, WEBHOOK_URL_REFUSED, WEBHOOK_SUBSCRIPTION_LIMIT})
  ResponseEntity<SubscriptionView> subscribe(
      @Valid @RequestBody SubscriptionRequest request, Authentication authentication) {
    var registered =
        subscriptions.subscribe(party(authentication), request.url(), request.description());
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .path("/{id}")
            .buildAndExpand(registered.subscription().id())
            .toUri();
    return ResponseEntity.created(location)
        .body(SubscriptionView.of(registered.subscription(), registered.secret()));
  }

  @GetMapping
  @Operation(
      operationId = "listWebhookSubscriptions",
      summary = "One's webhooks (APPLICANT)",
      description =
          "Those of whom the caller acts for (the company, or the person alone), oldest first;"
              + " secrets are never shown again.")
  @ApiResponse(responseCode = "200", description = "A page of the subscriptions")
  @ProblemResponses({INVALID_PARAMETER})
  @Paged(maxSize = MAX_PAGE_SIZE)
  PageView<SubscriptionView> list(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication authentication) {
    Paging paging = Paging.of(page, size, MAX_PAGE_SIZE, ApiProblem.BAD_PAGE);
    // at most cites.webhooks.max-subscriptions (10) of them: cut in memory
    return PageView.of(subscriptions.of(party(authentication)), paging)
        .map(s -> SubscriptionView.of(s, null));
  }

  @GetMapping("/{id}")
  @Operation(
      operationId = "getWebhookSubscription",
      summary = "One of one's webhooks (APPLICANT, owner)",
      description = "Another owner's subscription answers 404.")
  @ApiResponse(responseCode = "200", description = "The subscription, without its secret")
  @ProblemResponses({INVALID_PARAMETER, NOT_FOUND})
  SubscriptionView get(
      @Parameter(
              description = "The subscription id",
              example = "5d7f1c2a-9b3e-4f60-8a21-3c4d5e6f7a80")
          @PathVariable
          UUID id,
      Authentication authentication) {
    return subscriptions
        .find(id, party(authentication))
        .map(s -> SubscriptionView.of(s, null))
        .orElseThrow(() -> notFound(id));
  }

  @PostMapping("/{id}/secret-rotation")
  @Operation(
      operationId = "rotateWebhookSecret",
      summary = "A new secret for one of one's webhooks (APPLICANT, owner)",
      description =
          "Deliveries are signed with the new secret from now on, and for one day with the old one"
              + " as well (two space-separated v1 signatures in webhook-signature), so the"
              + " receiver can switch without losing a delivery. The new secret is in this answer"
              + " only. Another owner's subscription answers 404.")
  @ApiResponse(responseCode = "200", description = "The subscription with its new secret")
  @ProblemResponses({INVALID_PARAMETER, NOT_FOUND})
  SubscriptionView rotateSecret(
      @Parameter(
              description = "The subscription id",
              example = "5d7f1c2a-9b3e-4f60-8a21-3c4d5e6f7a80")
          @PathVariable
          UUID id,
      Authentication authentication) {
    return subscriptions
        .rotateSecret(id, party(authentication))
        .map(r -> SubscriptionView.of(r.subscription(), r.secret()))
        .orElseThrow(() -> notFound(id));
  }

  @DeleteMapping("/{id}")
  @Operation(
      operationId = "deleteWebhookSubscription",
      summary = "Remove one of one's webhooks (APPLICANT, owner)",
      description =
          "Nothing more is sent to it; its deliveries, sent or not, are removed with it. Another"
              + " owner's subscription answers 404.")
  @ApiResponse(responseCode = "204", description = "Removed")
  @ProblemResponses({INVALID_PARAMETER, NOT_FOUND})
  ResponseEntity<Void> unsubscribe(
      @Parameter(
              description = "The subscription id",
              example = "5d7f1c2a-9b3e-4f60-8a21-3c4d5e6f7a80")
          @PathVariable
          UUID id,
      Authentication authentication) {
    if (!subscriptions.unsubscribe(id, party(authentication))) {
      throw notFound(id);
    }
    return ResponseEntity.noContent().build();
  }

  /** Acting for a company the company, signed in alone the person. */
  private static Party party(Authentication authentication) {
    return CurrentUser.of(authentication).party();
  }

  private static RuntimeException notFound(UUID id) {
    return ApiProblem.NOT_FOUND.detail("webhook-subscription", id);
  }
}
