package kz.cites.application.intake.web;

import kz.cites.web.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Role rules of every route of the service (architecture.md section 5); ownership is checked by the
 * intake rules.
 */
@Configuration
class ApplicationSecurity {

  private static final String APPLICATIONS = "/api/v1/applications";

  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiSecurity security) throws Exception {
    return security.chain(
        http,
        auth ->
            auth.requestMatchers(HttpMethod.POST, APPLICATIONS)
                .hasRole("APPLICANT")
                .requestMatchers(HttpMethod.PUT, APPLICATIONS + "/*")
                .hasRole("APPLICANT")
                .requestMatchers(HttpMethod.POST, APPLICATIONS + "/*/submission")
                .hasRole("APPLICANT")
                .requestMatchers(HttpMethod.POST, APPLICATIONS + "/*/documents")
                .hasRole("APPLICANT")
                .requestMatchers(HttpMethod.POST, APPLICATIONS + "/*/withdrawal")
                .hasRole("APPLICANT")
                .requestMatchers(HttpMethod.GET, "/api/v1/cabinet/notifications")
                .hasRole("APPLICANT")
                .requestMatchers(HttpMethod.POST, "/api/v1/cabinet/notifications/*/read")
                .hasRole("APPLICANT")
                .requestMatchers(
                    HttpMethod.GET,
                    APPLICATIONS,
                    APPLICATIONS + "/*",
                    APPLICATIONS + "/*/documents/*")
                .hasAnyRole("APPLICANT", "OFFICER", "OPERATOR")
                .requestMatchers(HttpMethod.GET, APPLICATIONS + "/*/signing-payload")
                .hasRole("APPLICANT")
                .requestMatchers(HttpMethod.GET, "/api/v1/species")
                .hasAnyRole("APPLICANT", "OFFICER", "OPERATOR")
                .requestMatchers(HttpMethod.POST, "/api/v1/species/import")
                .hasRole("OPERATOR")
                // the working calendar: anyone signed in reads it; marking a day moved by a
                // decree is a dedicated role (OPERATOR stays read-only)
                .requestMatchers(HttpMethod.GET, "/api/v1/calendar/*")
                .authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/v1/calendar/days/*")
                .hasRole("CALENDAR_ADMIN")
                .requestMatchers(HttpMethod.DELETE, "/api/v1/calendar/days/*")
                .hasRole("CALENDAR_ADMIN"));
  }
}
