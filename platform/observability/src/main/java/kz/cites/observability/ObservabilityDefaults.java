package kz.cites.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code cites-observability-defaults.properties} as the lowest-priority property source: the
 * management server bound to loopback, the endpoints it exposes, and the trace and log settings
 * every application of ours shares. An application's own configuration (or the environment) wins.
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor {

  static final String RESOURCE = "cites-observability-defaults.properties";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    try {
      environment
          .getPropertySources()
          .addLast(
              new ResourcePropertySource(
                  "citesObservabilityDefaults", new ClassPathResource(RESOURCE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
