package kz.cites.gateway.security;

import java.time.Clock;
import java.time.Duration;
import kz.cites.access.TokenMemory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Puts {@link VerifiedTokens} in front of the decoder Boot builds from {@code
 * spring.security.oauth2.resourceserver.jwt} (JWKS, issuer, audience), so that every check stays
 * Boot's and only the repetition goes. {@code cites.gateway.tokens.remembered} (0 turns it off) and
 * {@code cites.gateway.tokens.remembered-for} tune it.
 */
@Configuration(proxyBeanMethods = false)
class VerifiedTokensConfig {

  @Bean
  static BeanPostProcessor rememberVerifiedTokens(Environment environment) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokens)) {
          return new VerifiedTokens(
              decoder,
              new TokenMemory<>(
                  environment.getProperty(
                      "cites.gateway.tokens.remembered",
                      Integer.class,
                      TokenMemory.DEFAULT_CAPACITY),
                  environment.getProperty(
                      "cites.gateway.tokens.remembered-for",
                      Duration.class,
                      TokenMemory.DEFAULT_MAX_AGE),
                  Clock.systemUTC()));
        }
        return bean;
      }
    };
  }
}
