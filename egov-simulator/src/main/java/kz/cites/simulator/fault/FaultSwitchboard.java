package kz.cites.simulator.fault;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/** The current fault of each registry; switched at run time by tests and demos. */
@Component
public class FaultSwitchboard {

  /** What a call to a registry should get before (or instead of) its real answer. */
  public enum Outcome {
    ANSWER,
    UNAVAILABLE,
    ERROR,
    MALFORMED
  }

  private final Map<Registry, FaultSettings> settings = new ConcurrentHashMap<>();

  public FaultSettings settings(Registry registry) {
    return settings.getOrDefault(registry, FaultSettings.NONE);
  }

  public Map<Registry, FaultSettings> all() {
    Map<Registry, FaultSettings> all = new EnumMap<>(Registry.class);
    for (Registry registry : Registry.values()) {
      all.put(registry, settings(registry));
    }
    return all;
  }

  void set(Registry registry, FaultSettings fault) {
    settings.put(registry, fault);
  }

  void reset(Registry registry) {
    settings.remove(registry);
  }

  void resetAll() {
    settings.clear();
  }

  /**
   * Applies the latency (blocking the calling thread, cheap on virtual threads) and decides the
   * outcome. Down wins over errors, errors over malformed answers.
   */
  public Outcome decide(Registry registry) {
    FaultSettings fault = settings(registry);
    if (fault.latencyMs() > 0) {
      try {
        Thread.sleep(fault.latencyMs());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (fault.down()) {
      return Outcome.UNAVAILABLE;
    }
    if (fault.errorRate() > 0 && ThreadLocalRandom.current().nextDouble() < fault.errorRate()) {
      return Outcome.ERROR;
    }
    return fault.malformed() ? Outcome.MALFORMED : Outcome.ANSWER;
  }
}
