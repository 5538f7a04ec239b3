package kz.cites.localstack;

import java.util.Map;
import java.util.Optional;

/**
 * One application of the system as the launcher runs it: the Maven module (and jar) name, its HTTP
 * port, its own database if it has one, and environment specific to it.
 */
public record ServiceSpec(
    String name, int port, Optional<String> database, Map<String, String> environment) {

  public ServiceSpec {
    environment = Map.copyOf(environment);
  }

  static ServiceSpec withDatabase(String name, int port, String database, Map<String, String> env) {
    return new ServiceSpec(name, port, Optional.of(database), env);
  }

  static ServiceSpec withoutDatabase(String name, int port, Map<String, String> env) {
    return new ServiceSpec(name, port, Optional.empty(), env);
  }

  public String healthUrl() {
    return "http://localhost:" + port + "/actuator/health";
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }
}
