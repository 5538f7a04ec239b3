package kz.cites.fee.web;

import kz.cites.web.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Role rules of the fee routes; anything without a rule is denied by {@link ApiSecurity}. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiSecurity security) throws Exception {
    return security.chain(
        http,
        auth ->
            auth.requestMatchers(HttpMethod.GET, "/api/v1/fees/quote")
                .authenticated()
                // object-level ownership (payer = caller) is checked by the controller
                .requestMatchers(HttpMethod.GET, "/api/v1/fees/*")
                .hasAnyRole("APPLICANT", "OFFICER", "OPERATOR"));
  }
}
