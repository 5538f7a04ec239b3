package kz.cites.web;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link IdempotencyKeys} for a service that takes Idempotency-Key: one that names its problems (an
 * {@link IdempotencyProblems} bean) and has the table {@code idempotency_key} (docs/adr/0015).
 */
@AutoConfiguration
@ConditionalOnClass(JdbcTemplate.class)
public class IdempotencyAutoConfiguration {

  @Bean
  @ConditionalOnBean(IdempotencyProblems.class)
  IdempotencyKeys idempotencyKeys(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      JsonMapper json,
      Clock clock,
      @Value("${cites.idempotency.ttl:PT24H}") Duration ttl,
      IdempotencyProblems problems) {
    return new IdempotencyKeys(jdbc, transactions, json, clock, ttl, problems);
  }
}
