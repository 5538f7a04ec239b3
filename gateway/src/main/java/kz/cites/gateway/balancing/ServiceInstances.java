package kz.cites.gateway.balancing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instances of one service the gateway sends its routes' requests to, in turn (round robin),
 * leaving out for a while ({@link #RESTING}) an instance that refused a connection or failed its
 * health probe. When every instance is resting, all are tried again: the caller gets the service's
 * own failure rather than a made-up one.
 */
final class ServiceInstances {

  /** How long an instance that refused a connection is left out before it is tried again. */
  static final Duration RESTING = Duration.ofSeconds(5);

  private final List<URI> instances;
  private final Clock clock;
  private final AtomicInteger next = new AtomicInteger();
  private final Map<URI, Instant> restingUntil = new ConcurrentHashMap<>();

  ServiceInstances(List<URI> instances, Clock clock) {
    if (instances.isEmpty()) {
      throw new IllegalArgumentException("a service needs at least one instance");
    }
    this.instances = List.copyOf(instances);
    this.clock = clock;
  }

  /** The address the routes name: the first instance. */
  URI primary() {
    return instances.getFirst();
  }

  List<URI> all() {
    return instances;
  }

  /** The next instance in turn that is not resting, other than {@code except} if possible. */
  URI choose(Optional<URI> except) {
    Instant now = clock.instant();
    int size = instances.size();
    int start = Math.floorMod(next.getAndIncrement(), size);
    for (int i = 0; i < size; i++) {
      URI candidate = instances.get((start + i) % size);
      if (except.filter(candidate::equals).isEmpty() && available(candidate, now)) {
        return candidate;
      }
    }
    return except.isPresent() && size > 1
        ? instances.get((instances.indexOf(except.get()) + 1) % size)
        : instances.get(start);
  }

  /** Leaves {@code instance} out for {@link #RESTING}. */
  void rest(URI instance) {
    restingUntil.put(instance, clock.instant().plus(RESTING));
  }

  /** Takes {@code instance} back (its health probe answered). */
  void available(URI instance) {
    restingUntil.remove(instance);
  }

  boolean resting(URI instance) {
    return !available(instance, clock.instant());
  }

  private boolean available(URI instance, Instant now) {
    Instant until = restingUntil.get(instance);
    return until == null || !now.isBefore(until);
  }
}
