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
            auth
                // the payment gateway authenticates with an HMAC signature, checked by the
                // controller before anything else; it has no JWT
                .requestMatchers(HttpMethod.POST, "/api/v1/fees/payment-notifications")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/fees/quote", "/api/v1/fees/tariff")
                .authenticated()
                // OPERATOR is read-only: entering the MCI is a dedicated role
                .requestMatchers(HttpMethod.PUT, "/api/v1/fees/tariff/mci/*")
                .hasRole("TARIFF_ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/v1/fees/reconciliation")
                .hasAnyRole("OPERATOR", "OFFICER")
                // object-level ownership (payer = caller) is checked by the controller
                .requestMatchers(HttpMethod.GET, "/api/v1/fees/*")
                .hasAnyRole("APPLICANT", "OFFICER", "OPERATOR"));
  }
}
