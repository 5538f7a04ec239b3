package kz.cites.localstack;

/**
 * One running copy of an application. The first instance keeps the application's own name and port
 * ({@code fee-service}, 8083); further ones are numbered and listen {@link #PORT_STRIDE} ports
 * higher each ({@code fee-service-2} on 8183), with a log file of their own.
 */
public record AppInstance(ServiceSpec app, int number) {

  /** How far apart the ports of two instances of one application are. */
  public static final int PORT_STRIDE = 100;

  public AppInstance {
    if (number < 1 || number > 9) {
      throw new IllegalArgumentException("instance number 1..9, not " + number);
    }
  }

  static AppInstance first(ServiceSpec app) {
    return new AppInstance(app, 1);
  }

  /** {@code fee-service} for the first instance, {@code fee-service-2} for the second, ... */
  public String name() {
    return number == 1 ? app.name() : app.name() + "-" + number;
  }

  public int port() {
    return app.port() + PORT_STRIDE * (number - 1);
  }

  /** The actuator's port: the application's management port, as far up as {@link #port()}. */
  public int managementPort() {
    return app.managementPort() + PORT_STRIDE * (number - 1);
  }

  public String healthUrl() {
    return "http://localhost:" + managementPort() + "/actuator/health";
  }

  public String baseUrl() {
    return "http://localhost:" + port();
  }
}
