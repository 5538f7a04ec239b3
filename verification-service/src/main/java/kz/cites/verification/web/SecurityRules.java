package kz.cites.verification.web;

import kz.cites.access.ApiOwner;
import kz.cites.web.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The role rule of every route: verification-service's lines of the one table in platform/access
 * (the gateway applies the same): the evidence is for the authority's staff only. The registry call
 * metrics and breaker states are on the management port (platform/observability), which needs no
 * token and which the gateway never routes to.
 */
@Configuration(proxyBeanMethods = false)
class SecurityRules {

  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiSecurity security) throws Exception {
    return security.chain(http, ApiOwner.VERIFICATION);
  }
}
