package kz.cites.permit;

import java.time.Clock;
import kz.cites.web.ApiSecurity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** permit-service: review cases, the decision, permit issuance. */
@SpringBootApplication
@ConfigurationPropertiesScan
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
   * Applicants may ask; whether the permit is theirs is decided per object (another's is a 404).
   */
  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiSecurity security) throws Exception {
    return security.chain(
        http,
        auth ->
            auth.requestMatchers(HttpMethod.GET, "/api/v1/permits", "/api/v1/permits/*")
                .hasAnyRole("APPLICANT", "OFFICER", "OPERATOR", "CUSTOMS"));
  }
}
