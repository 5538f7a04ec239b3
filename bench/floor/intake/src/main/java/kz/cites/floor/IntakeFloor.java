package kz.cites.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The floor of one intake unit of work in our stack (issue 18): Spring MVC, Jackson and Tomcat
 * ({@code POST /floor/empty}), plus the submission's two inserts (an application row with its jsonb
 * content and an outbox row) in one transaction, through JdbcTemplate ({@code /floor/jdbc}) or two
 * JPA entities and Spring Data repositories ({@code /floor/jpa}). Same Spring Boot and starters as
 * application-service; no security, no observability, no Kafka, no signature check. Driven by
 * bench/intake-floor.sh; not a test, not part of the build.
 */
@SpringBootApplication
public class IntakeFloor {

  public static void main(String[] args) {
    SpringApplication.run(IntakeFloor.class, args);
  }
}
