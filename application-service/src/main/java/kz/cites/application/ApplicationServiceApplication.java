package kz.cites.application;

import java.time.Clock;
import kz.cites.calendar.ServiceTerm;
import kz.cites.calendar.WorkingCalendar;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Application intake: drafts, submission and registration, status and history. */
@SpringBootApplication
public class ApplicationServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ApplicationServiceApplication.class, args);
  }

  /** The time source of every business timestamp; tests replace it to fix "now". */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** The term rule of the state service lives in platform/calendar only. */
  @Bean
  ServiceTerm serviceTerm() {
    return ServiceTerm.of(WorkingCalendar.kazakhstan());
  }
}
