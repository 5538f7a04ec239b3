package kz.cites.permit;

import java.time.Clock;
import kz.cites.web.ApiSecurity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** permit-service: review cases, the decision, permit issuance. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PermitApplication {

  public static void main(String[] args) {
    SpringApplication.run(PermitApplication.class, args);
  }

  /** The one source of "now", so tests can pin the year of issue and the validity dates. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * Route rules. Applicants may ask for permits and refusals; whether one is theirs is decided per
   * object (another's is a 404). Public verification and the signing keys are open.
   */
  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiSecurity security) throws Exception {
    return security.chain(
        http,
        auth ->
            auth.requestMatchers(HttpMethod.GET, "/api/v1/public/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/review/cases", "/api/v1/review/cases/*")
                .hasAnyRole("OFFICER", "OPERATOR")
                .requestMatchers(HttpMethod.POST, "/api/v1/review/cases/*/decision")
                .hasRole("OFFICER")
                .requestMatchers(HttpMethod.POST, "/api/v1/permits/*/cancellation")
                .hasRole("OFFICER")
                .requestMatchers(HttpMethod.GET, "/api/v1/permits/*/audit")
                .hasAnyRole("OFFICER", "OPERATOR")
                .requestMatchers(
                    HttpMethod.GET,
                    "/api/v1/permits",
                    "/api/v1/permits/*",
                    "/api/v1/permits/*/document",
                    "/api/v1/refusals/*/document")
                .hasAnyRole("APPLICANT", "OFFICER", "OPERATOR", "CUSTOMS"));
  }
}
