package kz.cites.verification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The external checks of submitted applications through the e-government gateway. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VerificationApplication {

  public static void main(String[] args) {
    SpringApplication.run(VerificationApplication.class, args);
  }
}
