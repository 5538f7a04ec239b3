package kz.cites.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What a launcher that was killed outright (kill -9, a crash, a killed test JVM) leaves behind:
 * application JVMs and the PostgreSQL server, which run as processes of their own. (Kafka ran
 * inside the launcher and went with it.) They are cleaned up, not adopted: cut off from their
 * broker and from the launcher's supervision, they are better started afresh on the same data.
 *
 * <p>A process counts as a leftover of this stack when its pid is in the data directory's pid files
 * ({@code apps.pids}, PostgreSQL's {@code postmaster.pid}) and its command line runs one of this
 * repository's application jars or PostgreSQL; or when it listens on one of the stack's ports and
 * its command line names this data directory (the {@code -Dcites.local-stack.data} option the
 * launcher gives every application, PostgreSQL's data directory). Anything else is never signalled,
 * even when it holds a port of the stack (another checkout's stack, a stack of this checkout on
 * another data folder such as the system tests', another program): the start then stops with a
 * message naming it.
 */
final class Leftovers {

  private static final int GRACE_SECONDS = 30;

  private Leftovers() {}

  static void stop(LocalStackOptions options, Consumer<String> progress) {
    Map<Long, ProcessHandle> apps = new LinkedHashMap<>();
    applications(options).forEach(app -> apps.put(app.pid(), app));
    Map<Long, ProcessHandle> servers = new LinkedHashMap<>();
    postgres(options).ifPresent(server -> servers.put(server.pid(), server));
    PortOwners.of(ports(options))
        .values()
        .forEach(
            owner -> {
              if (runsOurJar(options, owner)
                  && commandContains(owner, AppCommand.dataMarker(options))) {
                apps.putIfAbsent(owner.pid(), owner);
              } else if (runsOurPostgres(options, owner)) {
                servers.putIfAbsent(owner.pid(), owner);
              }
            });
    if (!apps.isEmpty()) {
      apps.values()
          .forEach(
              app ->
                  progress.accept(
                      "Stopping left-over application process "
                          + app.pid()
                          + " ("
                          + jarOf(options, app).orElse("?")
                          + ")"));
      stopGracefully(List.copyOf(apps.values()));
    }
    if (!servers.isEmpty()) {
      servers
          .values()
          .forEach(
              server ->
                  progress.accept("Stopping left-over PostgreSQL (pid " + server.pid() + ")"));
      // SIGTERM is PostgreSQL's "smart" shutdown; there are no clients left by now
      stopGracefully(List.copyOf(servers.values()));
    }
  }

  /**
   * Every port a stack may use: infrastructure and every possible instance of each application (the
   * instance count of the run that left them is not known here).
   */
  static List<Integer> ports(LocalStackOptions options) {
    List<Integer> ports =
        new ArrayList<>(
            List.of(Topology.POSTGRES_PORT, Topology.KAFKA_PORT, Topology.KAFKA_CONTROLLER_PORT));
    for (ServiceSpec app : Topology.applications()) {
      for (int n = 1; n <= 9; n++) {
        ports.add(new AppInstance(app, n).port());
        ports.add(new AppInstance(app, n).managementPort());
      }
    }
    return ports;
  }

  /** The live processes {@code apps.pids} names that still run one of our jars. */
  static List<ProcessHandle> applications(LocalStackOptions options) {
    Path pids = options.dataDirectory().resolve("apps.pids");
    if (!Files.isRegularFile(pids)) {
      return List.of();
    }
    try {
      return Files.readAllLines(pids, StandardCharsets.UTF_8).stream()
          .map(line -> line.split(" "))
          .filter(parts -> parts.length >= 2)
          .flatMap(parts -> live(parts[1]).stream())
          .filter(process -> runsOurJar(options, process))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  static Optional<ProcessHandle> postgres(LocalStackOptions options) {
    Path pidFile = options.dataDirectory().resolve("postgres").resolve("postmaster.pid");
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).getFirst().trim();
      return live(first).filter(process -> commandContains(process, "postgres"));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean runsOurJar(LocalStackOptions options, ProcessHandle process) {
    return jarOf(options, process).isPresent();
  }

  /** The module jar, or the extraction of it that runs with an AOT cache, in the command line. */
  private static Optional<String> jarOf(LocalStackOptions options, ProcessHandle process) {
    return Topology.applications().stream()
        .flatMap(
            app ->
                java.util.stream.Stream.of(
                    options.jar(app).toString(),
                    options.aotDirectory().resolve(app.name()) + java.io.File.separator))
        .filter(jar -> commandContains(process, jar))
        .findFirst();
  }

  private static boolean runsOurPostgres(LocalStackOptions options, ProcessHandle process) {
    return commandContains(process, "postgres")
        && commandContains(process, options.dataDirectory().resolve("postgres").toString());
  }

  private static boolean commandContains(ProcessHandle process, String part) {
    return PortOwners.commandLine(process).map(c -> c.contains(part)).orElse(false);
  }

  /** The process, if it still runs (pids get reused: callers check the command line). */
  private static Optional<ProcessHandle> live(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** SIGTERM to all, then SIGKILL to whatever still runs after the grace. */
  private static void stopGracefully(List<ProcessHandle> processes) {
    processes.forEach(ProcessHandle::destroy);
    for (ProcessHandle process : processes) {
      try {
        process.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (Exception e) {
        process.destroyForcibly();
      }
    }
  }
}
