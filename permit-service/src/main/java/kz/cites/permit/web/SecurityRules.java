package kz.cites.permit.web;

import kz.cites.access.ApiOwner;
import kz.cites.web.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The role rule of every route: permit-service's lines of the one table in platform/access (the
 * gateway applies the same). Applicants may ask for permits and refusals; whether one is theirs is
 * decided per object (another's is a 404). Public verification and the signing keys are open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityRules {

  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiSecurity security) throws Exception {
    return security.chain(http, ApiOwner.PERMIT);
  }
}
