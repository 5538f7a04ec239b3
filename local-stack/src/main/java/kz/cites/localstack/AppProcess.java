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

  /**
   * A JVM that records its AOT cache writes it while it exits (an assembly step of several seconds,
   * longer with several JVMs exiting at once on a small machine): it gets this much time before
   * SIGKILL instead of the usual grace.
   */
  static final Duration RECORDING_GRACE = Duration.ofMinutes(2);

  private final AppInstance instance;
  private final Process process;
  private final Path logFile;
  private final AppLaunch launch;
  private volatile boolean stopRequested;

  private AppProcess(AppInstance instance, Process process, Path logFile, AppLaunch launch) {
    this.instance = instance;
    this.process = process;
    this.logFile = logFile;
    this.launch = launch;
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
    return new AppProcess(instance, process, command.logFile(), command.launch());
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

  /**
   * Waits for the process to end after {@link #requestStop}, SIGKILL after {@code grace} (or {@link
   * #RECORDING_GRACE} when it records its AOT cache and the caller waits the usual {@link
   * ManagedApp#GRACE}; a caller in a hurry, such as a failing broker's cleanup, is not held up). A
   * process that stopped by itself has written the cache it recorded, which is then kept for the
   * next start.
   */
  void awaitStop(Duration grace) {
    Duration wait =
        launch.records() && grace.compareTo(ManagedApp.GRACE) >= 0 ? RECORDING_GRACE : grace;
    try {
      if (process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        if (stoppedCleanly(process.exitValue())) {
          launch.stoppedCleanly();
        } else {
          launch.stoppedUncleanly();
        }
        return;
      }
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      launch.stoppedUncleanly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** 0, or 143 (128 + SIGTERM): how a JVM ends after a graceful shutdown on SIGTERM. */
  static boolean stoppedCleanly(int exitCode) {
    return exitCode == 0 || exitCode == 143;
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
