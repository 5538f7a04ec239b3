package kz.cites.application;

import kz.cites.calendar.WorkingCalendar;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Application intake: drafts, submission and registration, status and history. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling // the hearing deadlines (intake's HearingDeadlines)
public class ApplicationServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ApplicationServiceApplication.class, args);
  }

  /**
   * The calendar data bundled with platform/calendar; the term rule (platform/calendar's {@code
   * ServiceTerm}) counts on it with the administrators' marks laid over ({@code CurrentCalendar}).
   */
  @Bean
  WorkingCalendar bundledCalendar() {
    return WorkingCalendar.kazakhstan();
  }
}
