package kz.cites.application.signature;

import kz.cites.eds.TrustedRoots;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The trusted NCA roots (platform/eds): PEM files ({@code cites.signature.trusted-roots}, Spring
 * resource locations) and, in the local stack, the simulator's root fetched from {@code
 * cites.signature.trusted-root-url} on first use (retried until it answers, then kept).
 */
@Configuration(proxyBeanMethods = false)
class TrustedRootsConfiguration {

  @Bean
  TrustedRoots trustedRoots(
      @Value("${cites.signature.trusted-roots:}") String[] locations,
      @Value("${cites.signature.trusted-root-url:}") String url) {
    return TrustedRoots.of(locations, url);
  }
}
