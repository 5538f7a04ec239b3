package kz.cites.permit.web;

import java.util.List;
import kz.cites.web.IdempotencyProblems;
import kz.cites.web.IdempotentRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Idempotency-Key on the creating POSTs of this service (an officer's decision, a customs
 * endorsement): with this catalogue's problems platform/web makes the {@link
 * kz.cites.web.IdempotencyKeys} over this service's table (a malformed key is a {@code validation}
 * problem naming the header, as every bad input here).
 */
@Configuration(proxyBeanMethods = false)
class Idempotency {

  @Bean
  IdempotencyProblems idempotencyProblems() {
    return new IdempotencyProblems(
        ApiProblem.IDEMPOTENCY_KEY_IN_USE,
        ApiProblem.IDEMPOTENCY_KEY_REUSED,
        () ->
            ApiProblem.invalidFields(
                List.of(
                    ApiProblem.BrokenRule.of(
                        IdempotentRequest.HEADER, "Pattern", "field.idempotency-key.pattern"))));
  }
}
