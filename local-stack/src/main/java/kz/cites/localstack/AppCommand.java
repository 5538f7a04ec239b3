package kz.cites.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line and environment of one application process. */
record AppCommand(List<String> command, Map<String, String> environment, Path logFile) {

  /** Where {@code setsid} lives, if this machine has it. */
  private static final List<Path> SETSID =
      List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

  static AppCommand of(ServiceSpec app, LocalStackOptions options, String javaExecutable) {
    return of(app, options, javaExecutable, setsid());
  }

  static AppCommand of(
      ServiceSpec app, LocalStackOptions options, String javaExecutable, String setsid) {
    List<String> command = new ArrayList<>();
    // Its own session, so that Ctrl-C in the terminal reaches only the launcher, which then stops
    // the applications in order (before Kafka and PostgreSQL go away under them).
    if (setsid != null) {
      command.add(setsid);
    }
    command.add(javaExecutable);
    command.addAll(options.jvmOptions());
    command.add("-Dspring.output.ansi.enabled=never");
    command.add("-jar");
    command.add(options.jar(app).toString());
    return new AppCommand(
        List.copyOf(command),
        environment(app, options),
        options.logDirectory().resolve(app.name() + ".log"));
  }

  static Map<String, String> environment(ServiceSpec app, LocalStackOptions options) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PORT", Integer.toString(app.port()));
    // the actuator on its own port (Boot's management.server.port), loopback by default
    env.put("MANAGEMENT_SERVER_PORT", Integer.toString(app.managementPort()));
    if (!app.equals(Topology.GATEWAY)) {
      env.put("SERVER_ADDRESS", Topology.SERVICE_ADDRESS); // Boot's server.address
    }
    app.database()
        .ifPresent(
            db -> {
              env.put("DB_URL", "jdbc:postgresql://localhost:" + Topology.POSTGRES_PORT + "/" + db);
              env.put("DB_USER", Topology.DB_USER);
              env.put("DB_PASSWORD", Topology.DB_PASSWORD);
            });
    env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + Topology.KAFKA_PORT);
    env.put("CITES_JWKS_URI", Topology.SIMULATOR.baseUrl() + "/sim/idp/jwks");
    env.put("CITES_ISSUER", Topology.SIMULATOR.baseUrl() + "/sim/idp");
    if (app.equals(Topology.SIMULATOR)) {
      env.put(
          "CITES_SIMULATOR_NCA_KEYSTORE", Topology.ncaKeystore(options.dataDirectory()).toString());
    }
    env.putAll(app.environment());
    env.putAll(options.extraEnvironment().getOrDefault(app.name(), Map.of()));
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
