package kz.cites.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One running application process and its log. */
final class AppProcess {

  private final AppInstance instance;
  private final Process process;
  private final Path logFile;
  private volatile boolean stopRequested;

  private AppProcess(AppInstance instance, Process process, Path logFile) {
    this.instance = instance;
    this.process = process;
    this.logFile = logFile;
  }

  static AppProcess start(AppInstance instance, AppCommand command, Path workingDirectory)
      throws IOException {
    Files.writeString(
        command.logFile(),
        "%n===== %s starting at %s: %s%n"
            .formatted(
                instance.name(), java.time.Instant.now(), String.join(" ", command.command())),
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    Process process = command.processBuilder(workingDirectory).start();
    return new AppProcess(instance, process, command.logFile());
  }

  AppInstance instance() {
    return instance;
  }

  ServiceSpec app() {
    return instance.app();
  }

  Process process() {
    return process;
  }

  Path logFile() {
    return logFile;
  }

  /** Whether the launcher asked this process to stop (an exit that is no crash). */
  boolean stopRequested() {
    return stopRequested;
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Asks the JVM to shut down (SIGTERM: Spring's graceful shutdown), then no longer asks. */
  void requestStop() {
    stopRequested = true;
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
  }

  void awaitStop(Duration grace) {
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** The last lines of the log, to show why a process died. */
  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      return String.join(
          System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(log " + logFile + " unreadable: " + e.getMessage() + ")";
    }
  }
}
