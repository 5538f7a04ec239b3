package kz.cites.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One application instance under the launcher's care: it starts the process, stops it on request
 * (SIGTERM, Spring's graceful shutdown, then SIGKILL after the grace), restarts it on request, and
 * restarts it by itself when it exits without being asked to, within a {@link RestartBudget}. Each
 * automatic restart and each give-up is reported (the launcher's console, {@code
 * logs/local-stack.log}).
 */
final class ManagedApp {

  static final Duration GRACE = Duration.ofSeconds(30);

  /** A crashed process is started again after this pause (its port and files are freed). */
  private static final Duration RESTART_DELAY = Duration.ofSeconds(1);

  private final AppInstance instance;

  /** Asked at every start: a restart uses the AOT cache the previous run left. */
  private final java.util.function.Supplier<AppCommand> command;

  private final java.nio.file.Path workingDirectory;
  private final RestartBudget budget;
  private final HealthProbe probe;
  private final Duration healthTimeout;
  private final Consumer<String> progress;
  private final BooleanSupplier supervising;
  private final Runnable pidsChanged;
  private final ScheduledExecutorService restarter;

  private volatile AppProcess current;
  private volatile boolean stopRequested;
  private volatile boolean gaveUp;
  private volatile int restarts;

  ManagedApp(
      AppInstance instance,
      java.util.function.Supplier<AppCommand> command,
      java.nio.file.Path workingDirectory,
      RestartBudget budget,
      HealthProbe probe,
      Duration healthTimeout,
      Consumer<String> progress,
      BooleanSupplier supervising,
      Runnable pidsChanged) {
    this.instance = instance;
    this.command = command;
    this.workingDirectory = workingDirectory;
    this.budget = budget;
    this.probe = probe;
    this.healthTimeout = healthTimeout;
    this.progress = progress;
    this.supervising = supervising;
    this.pidsChanged = pidsChanged;
    this.restarter =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "supervise-" + instance.name());
              thread.setDaemon(true);
              return thread;
            });
  }

  AppInstance instance() {
    return instance;
  }

  String name() {
    return instance.name();
  }

  /** The process now, if one was started. */
  Optional<AppProcess> process() {
    return Optional.ofNullable(current);
  }

  boolean alive() {
    AppProcess process = current;
    return process != null && process.alive();
  }

  /** Automatic restarts so far. */
  int restarts() {
    return restarts;
  }

  /** Whether it crashed more often than the budget allows and was left stopped. */
  boolean gaveUp() {
    return gaveUp;
  }

  /** Starts the process (not waiting for its health). */
  synchronized AppProcess start() {
    stopRequested = false;
    gaveUp = false;
    try {
      AppProcess process = AppProcess.start(instance, command.get(), workingDirectory);
      current = process;
      process.process().onExit().thenAccept(exited -> exited(process));
      pidsChanged.run();
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name(), e);
    }
  }

  /** Stops the process: SIGTERM, then SIGKILL after {@code grace}. Not restarted by itself. */
  void stop(Duration grace) {
    AppProcess process;
    synchronized (this) {
      stopRequested = true;
      process = current;
    }
    if (process != null && process.alive()) {
      process.requestStop();
      process.awaitStop(grace);
    }
  }

  /** Asks the process to stop (SIGTERM) without waiting; see {@link #awaitStopped}. */
  void requestStop() {
    stopRequested = true;
    AppProcess process = current;
    if (process != null) {
      process.requestStop();
    }
  }

  void awaitStopped(Duration grace) {
    AppProcess process = current;
    if (process != null) {
      process.awaitStop(grace);
    }
  }

  /**
   * Stops it (gracefully) and starts it again, then waits until it answers healthy; an operator's
   * restart also gives it its whole restart budget again.
   */
  void restart() {
    stop(GRACE);
    budget.reset();
    start();
    awaitHealthy(healthTimeout);
  }

  /**
   * Kills the process outright (SIGKILL), as a crash would: for fault drills. The launcher then
   * restarts it as it would after any crash.
   */
  long kill() {
    AppProcess process = current;
    if (process == null || !process.alive()) {
      throw new LocalStackException(name() + " is not running");
    }
    process.process().destroyForcibly();
    return process.process().pid();
  }

  /** Waits until it answers healthy. */
  void awaitHealthy(Duration timeout) {
    awaitHealthy(Instant.now().plus(timeout), timeout);
  }

  /**
   * Waits until it answers healthy, at the latest by {@code deadline} ({@code timeout} is what the
   * message names: the stack's start-up waits for all its applications against one deadline).
   */
  void awaitHealthy(Instant deadline, Duration timeout) {
    while (true) {
      AppProcess process = current;
      if (process == null || !process.alive()) {
        throw new LocalStackException(
            name()
                + " exited"
                + (process == null ? "" : " with code " + process.process().exitValue())
                + ". Last lines of "
                + (process == null ? "its log" : process.logFile())
                + ":\n"
                + (process == null ? "" : process.logTail(40)));
      }
      if (probe.up(instance)) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new LocalStackException(
            name()
                + " not healthy within "
                + timeout.toSeconds()
                + " s. Last lines of "
                + process.logFile()
                + ":\n"
                + process.logTail(40));
      }
      pause(Duration.ofMillis(500));
    }
  }

  /** Called when a process of this instance ended, whoever ended it. */
  private void exited(AppProcess process) {
    if (process != current
        || process.stopRequested()
        || stopRequested
        || !supervising.getAsBoolean()) {
      return; // an old process, a stop we asked for, start-up or shutdown: nothing to do
    }
    int code = process.process().exitValue();
    if (!budget.tryRestart()) {
      gaveUp = true;
      progress.accept(
          "ERROR: %s exited with code %d and has crashed %d times within %d min: left stopped."
                  .formatted(name(), code, budget.limit() + 1, budget.window().toMinutes())
              + " See "
              + process.logFile()
              + "; ./stack restart "
              + name()
              + " starts it again.");
      return;
    }
    progress.accept(
        "WARNING: %s exited unexpectedly with code %d; restarting it (%d of %d within %d min)"
            .formatted(name(), code, budget.used(), budget.limit(), budget.window().toMinutes()));
    restarter.schedule(this::restartAfterCrash, RESTART_DELAY.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void restartAfterCrash() {
    synchronized (this) {
      if (stopRequested || !supervising.getAsBoolean() || alive()) {
        return;
      }
      restarts++;
      start();
    }
    try {
      awaitHealthy(healthTimeout);
      progress.accept("  " + name() + " is UP again (pid " + current.process().pid() + ")");
    } catch (LocalStackException e) {
      // a process that exits again is reported (and perhaps restarted) by its own exit
      if (alive()) {
        progress.accept("WARNING: " + e.getMessage());
      }
    }
  }

  /** Ends the supervision thread; the process itself is stopped with {@link #stop}. */
  void close() {
    restarter.shutdownNow();
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LocalStackException("Interrupted while waiting for an application", e);
    }
  }
}
