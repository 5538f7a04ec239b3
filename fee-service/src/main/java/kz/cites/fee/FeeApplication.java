package kz.cites.fee;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The state duty of the CITES permit service: assessment and payment confirmation. */
@SpringBootApplication
@EnableScheduling
public class FeeApplication {

  public static void main(String[] args) {
    SpringApplication.run(FeeApplication.class, args);
  }
}
