package kz.cites.application.web;

import kz.cites.web.IdempotencyKeys;
import kz.cites.web.IdempotencyProblems;
import kz.cites.web.IdempotentRequest;
import kz.cites.web.ProblemException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Idempotency-Key on the creating POSTs of this service (a draft, a document; the submission keeps
 * its key on the application): platform/web's {@link IdempotencyKeys} over this service's table,
 * with this catalogue's problems.
 */
@Configuration(proxyBeanMethods = false)
class Idempotency {

  /** With it, platform/web's IdempotencyAutoConfiguration makes the {@link IdempotencyKeys}. */
  @Bean
  IdempotencyProblems idempotencyProblems() {
    return new Problems();
  }

  static final class Problems implements IdempotencyProblems {

    @Override
    public ProblemException invalidKey() {
      return ApiProblem.INVALID_PARAMETER
          .detail("idempotency-key", IdempotentRequest.HEADER)
          .with("field", IdempotentRequest.HEADER);
    }

    @Override
    public ProblemException keyInUse() {
      return ApiProblem.IDEMPOTENCY_KEY_IN_USE.exception();
    }

    @Override
    public ProblemException keyReused() {
      return ApiProblem.IDEMPOTENCY_KEY_REUSED.exception().with("field", IdempotentRequest.HEADER);
    }
  }
}
