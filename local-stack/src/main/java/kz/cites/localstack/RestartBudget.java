package kz.cites.localstack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How often the launcher restarts an application that exited by itself: at most {@code limit} times
 * within any {@code window} (3 in 5 minutes by default). An application that keeps crashing is left
 * stopped, so a broken build or a lost database does not turn into a restart loop that hides the
 * cause; {@code ./stack restart <app>} starts it again by hand (and empties the budget).
 */
final class RestartBudget {

  static final int DEFAULT_LIMIT = 3;
  static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Deque<Instant> restarts = new ArrayDeque<>();

  RestartBudget(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  static RestartBudget standard() {
    return new RestartBudget(DEFAULT_LIMIT, DEFAULT_WINDOW, Clock.systemUTC());
  }

  /** Takes one restart from the budget if any is left; answers whether it did. */
  synchronized boolean tryRestart() {
    Instant now = clock.instant();
    while (!restarts.isEmpty() && !restarts.peekFirst().isAfter(now.minus(window))) {
      restarts.removeFirst();
    }
    if (restarts.size() >= limit) {
      return false;
    }
    restarts.addLast(now);
    return true;
  }

  /** Restarts taken within the window (after the last {@link #tryRestart}). */
  synchronized int used() {
    return restarts.size();
  }

  synchronized void reset() {
    restarts.clear();
  }

  int limit() {
    return limit;
  }

  Duration window() {
    return window;
  }
}
