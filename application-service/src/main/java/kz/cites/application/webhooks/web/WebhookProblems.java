package kz.cites.application.webhooks.web;

import kz.cites.application.web.ApiProblem;
import kz.cites.application.webhooks.domain.SubscriptionsExhausted;
import kz.cites.application.webhooks.domain.WebhookUrlRefused;
import kz.cites.web.ProblemException;
import kz.cites.web.Text;
import kz.cites.web.Texts;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The webhook rules as problem details, each naming the field and rule, in the caller's language.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookProblems {

  private final Texts texts;

  WebhookProblems(Texts texts) {
    this.texts = texts;
  }

  @ExceptionHandler(WebhookUrlRefused.class)
  ResponseEntity<ProblemDetail> on(WebhookUrlRefused refused) {
    String reason = refused.reason().name();
    Text message = Text.of("field.webhook.url." + refused.reason().slug());
    return answer(
        ApiProblem.WEBHOOK_URL_REFUSED
            .detail(refused.reason().slug())
            .with("field", "url")
            .withError("url", reason, message));
  }

  @ExceptionHandler(SubscriptionsExhausted.class)
  ResponseEntity<ProblemDetail> on(SubscriptionsExhausted exhausted) {
    return answer(ApiProblem.WEBHOOK_SUBSCRIPTION_LIMIT.detail("limit", exhausted.limit()));
  }

  private ResponseEntity<ProblemDetail> answer(ProblemException problem) {
    return ResponseEntity.status(problem.status()).body(problem.toProblemDetail(texts));
  }
}
