package kz.cites.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The outside world for development: identity provider, SHEP registries and payment gateway, all
 * answering from the seeded personas in {@code personas.json}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EgovSimulatorApplication {

  public static void main(String[] args) {
    SpringApplication.run(EgovSimulatorApplication.class, args);
  }
}
