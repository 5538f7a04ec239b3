package kz.cites.observability;

import org.springframework.core.env.Environment;

/**
 * Tells whether a request arrived on the management server's port, when the application has one of
 * its own (HTTP port + 10000, ADR 0013). Asked for every request and every observation, so the
 * answer is worked out once: the ports the servers really bound ({@code local.*.port}, so port 0
 * works too) do not change after that, and reading them from the {@link Environment} walks every
 * property source, which showed in the gateway's profile.
 */
public final class ManagementPort {

  private static final int NOT_YET_BOUND = 0;
  private static final int NONE = -1;

  private final Environment environment;
  private volatile int port = NOT_YET_BOUND;

  public ManagementPort(Environment environment) {
    this.environment = environment;
  }

  /** Whether {@code localPort} is the management server's, and that is not the API's port. */
  public boolean is(int localPort) {
    int known = port;
    if (known == NOT_YET_BOUND) {
      known = resolve();
    }
    return known > 0 && localPort == known;
  }

  private int resolve() {
    if (environment.getProperty("management.server.port") == null) {
      port = NONE; // the actuator shares the API's port: no request is on a port of its own
      return NONE;
    }
    Integer management = environment.getProperty("local.management.port", Integer.class);
    Integer server = environment.getProperty("local.server.port", Integer.class);
    if (management == null || server == null) {
      return NOT_YET_BOUND; // a server is still starting: ask again next time, remember nothing
    }
    int resolved = management > 0 && !management.equals(server) ? management : NONE;
    port = resolved;
    return resolved;
  }
}
