package kz.cites.verification;

import kz.cites.web.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Verification evidence is for the authority's staff only; applicants see outcomes elsewhere. */
@Configuration
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiSecurity security) throws Exception {
    return security.chain(
        http,
        auth ->
            auth.requestMatchers(HttpMethod.GET, "/api/v1/verifications/*")
                .hasAnyRole("OFFICER", "OPERATOR")
                // registry call metrics and breaker states: for operators (a scraper needs a token)
                .requestMatchers(
                    HttpMethod.GET,
                    "/actuator/metrics",
                    "/actuator/metrics/*",
                    "/actuator/prometheus")
                .hasRole("OPERATOR"));
  }
}
