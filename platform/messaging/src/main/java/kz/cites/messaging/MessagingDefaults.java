package kz.cites.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code cites-messaging-defaults.properties} as the lowest-priority property source, so every
 * service gets the same producer and consumer guarantees without repeating them, and can still
 * override one.
 */
public class MessagingDefaults implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    try {
      environment
          .getPropertySources()
          .addLast(
              new ResourcePropertySource(
                  "citesMessagingDefaults",
                  new ClassPathResource("cites-messaging-defaults.properties")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
