package kz.cites.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What a launcher that was killed outright (kill -9, a crash) leaves behind: application JVMs and
 * the PostgreSQL server, which run as processes of their own. Kafka ran inside the launcher and
 * went with it.
 */
final class Leftovers {

  private Leftovers() {}

  static void stop(LocalStackOptions options, Consumer<String> progress) {
    for (ProcessHandle app : applications(options)) {
      progress.accept("Stopping left-over application process " + app.pid());
      stopGracefully(app, 30);
    }
    postgres(options)
        .ifPresent(
            server -> {
              progress.accept("Stopping left-over PostgreSQL (pid " + server.pid() + ")");
              // SIGTERM is PostgreSQL's "smart" shutdown; there are no clients left by now
              stopGracefully(server, 30);
            });
  }

  static List<ProcessHandle> applications(LocalStackOptions options) {
    Path pids = options.dataDirectory().resolve("apps.pids");
    if (!Files.isRegularFile(pids)) {
      return List.of();
    }
    try {
      return Files.readAllLines(pids, StandardCharsets.UTF_8).stream()
          .map(line -> line.split(" "))
          .filter(parts -> parts.length == 2)
          .flatMap(parts -> live(parts[1], parts[0] + ".jar").stream())
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
      return live(first, "postgres");
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The process, if it still runs and its command still looks like ours (pids get reused). */
  private static Optional<ProcessHandle> live(String pid, String commandPart) {
    try {
      return ProcessHandle.of(Long.parseLong(pid))
          .filter(ProcessHandle::isAlive)
          .filter(
              h ->
                  h.info()
                      .commandLine()
                      .or(() -> h.info().command())
                      .map(c -> c.contains(commandPart))
                      .orElse(false));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void stopGracefully(ProcessHandle process, int seconds) {
    process.destroy();
    try {
      process.onExit().get(seconds, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
    }
  }
}
