package kz.cites.application.web;

import kz.cites.web.IdempotencyProblems;
import kz.cites.web.IdempotentRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Idempotency-Key on the creating POSTs of this service (a draft, a document; the submission keeps
 * its key on the application): with this catalogue's problems platform/web makes the {@link
 * kz.cites.web.IdempotencyKeys} over this service's table.
 */
@Configuration(proxyBeanMethods = false)
class Idempotency {

  @Bean
  IdempotencyProblems idempotencyProblems() {
    return new IdempotencyProblems(
        ApiProblem.IDEMPOTENCY_KEY_IN_USE,
        ApiProblem.IDEMPOTENCY_KEY_REUSED,
        () ->
            ApiProblem.INVALID_PARAMETER
                .detail("idempotency-key", IdempotentRequest.HEADER)
                .with("field", IdempotentRequest.HEADER));
  }
}
