package kz.cites.application.web;

import java.time.Clock;
import java.time.Duration;
import kz.cites.web.IdempotencyKeys;
import kz.cites.web.IdempotencyProblems;
import kz.cites.web.IdempotentRequest;
import kz.cites.web.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency-Key on the creating POSTs of this service (a draft, a document; the submission keeps
 * its key on the application): platform/web's {@link IdempotencyKeys} over this service's table,
 * with this catalogue's problems.
 */
@Configuration(proxyBeanMethods = false)
class Idempotency {

  @Bean
  IdempotencyKeys idempotencyKeys(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      JsonMapper json,
      Clock clock,
      @Value("${cites.idempotency.ttl:PT24H}") Duration ttl) {
    return new IdempotencyKeys(jdbc, transactions, json, clock, ttl, new Problems());
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
