package kz.cites.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line and environment of one application process.
 *
 * @param launch the jar it runs and how it uses its AOT cache ({@link AppLaunch})
 */
record AppCommand(
    List<String> command, Map<String, String> environment, Path logFile, AppLaunch launch) {

  /**
   * An idle local stack needs no ten open database connections per service (Hikari's default
   * minimum is its maximum, 10): each is a PostgreSQL backend process of its own, about 15 MB
   * resident. One stays open; the pool still grows to its maximum (unchanged, 10) under load, as in
   * the benchmarks, and closes what it no longer uses 10 to 15 s after (Hikari's shortest idle
   * timeout, checked every 5 s: {@link #POOL_HOUSEKEEPING}), so the connections a service opens
   * while it starts are gone soon after it is up. The services' own defaults (production, their
   * tests) stay as they are.
   */
  static final Map<String, String> IDLE_POOL =
      Map.of(
          "SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE", "1",
          "SPRING_DATASOURCE_HIKARI_IDLE_TIMEOUT", "10000");

  /**
   * How often Hikari closes connections idle longer than the idle timeout (its default, 30 s, would
   * keep them up to 40 s); a system property, so given to the applications with a database only.
   */
  static final String POOL_HOUSEKEEPING = "-Dcom.zaxxer.hikari.housekeeping.periodMs=5000";

  /** Where {@code setsid} lives, if this machine has it. */
  private static final List<Path> SETSID =
      List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

  /** {@code instance} launched as {@code launch} says (its jar, its AOT cache), in its session. */
  static AppCommand running(
      AppInstance instance, LocalStackOptions options, String javaExecutable, AppLaunch launch) {
    return of(instance, options, javaExecutable, setsid(), launch);
  }

  /** The first instance of {@code app}. */
  static AppCommand of(
      ServiceSpec app, LocalStackOptions options, String javaExecutable, String setsid) {
    return of(AppInstance.first(app), options, javaExecutable, setsid);
  }

  /** The module's fat jar, no AOT cache. */
  static AppCommand of(
      AppInstance instance, LocalStackOptions options, String javaExecutable, String setsid) {
    return of(
        instance, options, javaExecutable, setsid, AppLaunch.plain(options.jar(instance.app())));
  }

  static AppCommand of(
      AppInstance instance,
      LocalStackOptions options,
      String javaExecutable,
      String setsid,
      AppLaunch launch) {
    List<String> command = new ArrayList<>();
    // Its own session, so that Ctrl-C in the terminal reaches only the launcher, which then stops
    // the applications in order (before Kafka and PostgreSQL go away under them).
    if (setsid != null) {
      command.add(setsid);
    }
    command.add(javaExecutable);
    command.addAll(options.jvmOptions());
    command.addAll(launch.jvmOptions());
    command.add("-Dspring.output.ansi.enabled=never");
    if (instance.app().database().isPresent()) {
      command.add(POOL_HOUSEKEEPING);
    }
    // names the stack this process belongs to, so that orphans are recognised by their data folder
    command.add(dataMarker(options));
    command.add("-jar");
    command.add(launch.jar().toString());
    return new AppCommand(
        List.copyOf(command),
        environment(instance, options),
        options.logDirectory().resolve(instance.name() + ".log"),
        launch);
  }

  /** The command-line option that ties an application process to its stack's data folder. */
  static String dataMarker(LocalStackOptions options) {
    return "-Dcites.local-stack.data=" + options.dataDirectory();
  }

  /** The environment of the first instance of {@code app}. */
  static Map<String, String> environment(ServiceSpec app, LocalStackOptions options) {
    return environment(AppInstance.first(app), options);
  }

  static Map<String, String> environment(AppInstance instance, LocalStackOptions options) {
    ServiceSpec app = instance.app();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PORT", Integer.toString(instance.port()));
    // the actuator on its own port (Boot's management.server.port), loopback by default
    env.put("MANAGEMENT_SERVER_PORT", Integer.toString(instance.managementPort()));
    if (!app.equals(Topology.GATEWAY)) {
      env.put("SERVER_ADDRESS", Topology.SERVICE_ADDRESS); // Boot's server.address
    }
    app.database()
        .ifPresent(
            db -> {
              env.put("DB_URL", "jdbc:postgresql://localhost:" + Topology.POSTGRES_PORT + "/" + db);
              env.put("DB_USER", Topology.DB_USER);
              env.put("DB_PASSWORD", Topology.DB_PASSWORD);
              env.putAll(IDLE_POOL);
            });
    env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + Topology.KAFKA_PORT);
    env.put("CITES_JWKS_URI", Topology.SIMULATOR.baseUrl() + "/sim/idp/jwks");
    env.put("CITES_ISSUER", Topology.SIMULATOR.baseUrl() + "/sim/idp");
    if (app.equals(Topology.SIMULATOR)) {
      env.put(
          "CITES_SIMULATOR_NCA_KEYSTORE", Topology.ncaKeystore(options.dataDirectory()).toString());
      env.put(
          "CITES_SIMULATOR_STATE_DIRECTORY",
          Topology.simulatorState(options.dataDirectory()).toString());
    }
    if (app.equals(Topology.GATEWAY)) {
      env.putAll(balancing(options));
    }
    env.putAll(app.environment());
    env.putAll(options.extraEnvironment().getOrDefault(app.name(), Map.of()));
    return env;
  }

  /**
   * What the gateway needs to know of several instances: each service's instance URLs ({@code
   * APPLICATION_SERVICE_URLS=http://localhost:8081,http://localhost:8181}, balanced in turn) and
   * how many gateways share the rate limits.
   */
  static Map<String, String> balancing(LocalStackOptions options) {
    Map<String, String> env = new LinkedHashMap<>();
    for (ServiceSpec service : Topology.SERVICES) {
      List<AppInstance> instances = options.instancesOfApp(service);
      if (instances.size() > 1) {
        env.put(
            service.name().toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URLS",
            String.join(",", instances.stream().map(AppInstance::baseUrl).toList()));
      }
    }
    int gateways = options.instancesOf(Topology.GATEWAY);
    if (gateways > 1) {
      env.put("CITES_GATEWAY_INSTANCES", Integer.toString(gateways));
    }
    return env;
  }

  private static String setsid() {
    return SETSID.stream().filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
  }

  ProcessBuilder processBuilder(Path workingDirectory) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    return builder;
  }
}
