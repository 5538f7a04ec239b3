package kz.cites.bench.floor;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The {@code remember} profile (with {@code jwt}): a token Boot's decoder has accepted once is
 * taken again without verifying it, until its {@code exp}, as our gateway's VerifiedTokens does
 * (which also bounds the count and rechecks the times). What is left is the security chain's own
 * cost. Bench only: the map is unbounded.
 */
@Configuration(proxyBeanMethods = false)
@Profile("remember")
class RememberedTokens {

  @Bean
  static BeanPostProcessor rememberVerifiedTokens() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof ReactiveJwtDecoder decoder ? remembering(decoder) : bean;
      }
    };
  }

  private static ReactiveJwtDecoder remembering(ReactiveJwtDecoder decoder) {
    Map<String, Jwt> verified = new ConcurrentHashMap<>();
    return token -> {
      Jwt jwt = verified.get(token);
      Instant expires = jwt == null ? null : jwt.getExpiresAt();
      if (expires != null && Instant.now().isBefore(expires)) {
        return Mono.just(jwt);
      }
      return decoder.decode(token).doOnNext(accepted -> verified.put(token, accepted));
    };
  }
}
