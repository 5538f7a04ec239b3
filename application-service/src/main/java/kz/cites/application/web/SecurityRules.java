package kz.cites.application.web;

import kz.cites.access.ApiOwner;
import kz.cites.web.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The role rule of every route: application-service's lines of the one table in platform/access
 * (the gateway applies the same). Ownership of an application, a document or a notification is
 * checked by the use cases: another applicant's is a 404.
 */
@Configuration(proxyBeanMethods = false)
class SecurityRules {

  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiSecurity security) throws Exception {
    return security.chain(http, ApiOwner.APPLICATION);
  }
}
