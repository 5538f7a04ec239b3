package kz.cites.permit.signing;

import kz.cites.eds.CmsVerifier;
import kz.cites.eds.TrustedRoots;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The NCA roots permit-service trusts, and the one CMS verifier of platform/eds over them. */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

  @Bean
  TrustedRoots trustedRoots(SigningProperties properties) {
    return TrustedRoots.of(properties.trustedRoots(), properties.trustedRootUrl());
  }

  @Bean
  CmsVerifier cmsVerifier(TrustedRoots roots) {
    return new CmsVerifier(roots);
  }
}
