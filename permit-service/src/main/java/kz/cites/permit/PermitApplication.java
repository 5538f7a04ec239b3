package kz.cites.permit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** permit-service: review cases, the decision, permit issuance. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PermitApplication {

  public static void main(String[] args) {
    SpringApplication.run(PermitApplication.class, args);
  }
}
