package kz.cites.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bearer tokens that have already passed every check of the identity provider's key, remembered
 * under their exact text, so that a caller presenting the same token again (a portal integration
 * keeps one for its whole life, an applicant's session makes several calls with one) is not
 * verified from scratch each time. The gateway and every service put one in front of their token
 * decoder: in the gateway's profile the JWK-to-key conversion, the RSA check and the claim
 * conversion were a large part of an authenticated request's CPU, in application-service's about 3%
 * of a submission's. Each token costs about 2.7 KB of heap ({@code bench/token-memory-size.sh}).
 *
 * <p>What stays true: only what the caller hands to {@link #remember} (a token that passed) is ever
 * recalled; nothing is recalled at or after the token's {@code exp} or past {@code maxAge} after it
 * was verified, so an expired token always goes back to the full check (which refuses it). A token
 * is remembered only after its not-before has passed (the full check refuses it before), and time
 * only moves on, so not-before needs no second look. What changes is how soon a key withdrawn from
 * the identity provider's JWKS stops being honoured for tokens already seen: at most {@code maxAge}
 * later. Beyond {@code capacity} the least recently used are forgotten.
 *
 * @param <T> the verified token as the decoder gives it (Spring Security's {@code Jwt})
 */
public final class TokenMemory<T> {

  /** How many tokens the gateway and the services remember unless configured otherwise. */
  public static final int DEFAULT_CAPACITY = 10_000;

  /**
   * How long a token is remembered at most unless configured otherwise: also how long a withdrawn
   * key is still honoured for tokens already seen.
   */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);

  private final int capacity;
  private final Duration maxAge;
  private final Clock clock;
  private final Map<String, Remembered<T>> tokens;

  private record Remembered<T>(T verified, Instant until) {}

  /**
   * @param capacity how many tokens to remember; 0 remembers none
   * @param maxAge how long one is remembered at most after it was verified
   */
  public TokenMemory(int capacity, Duration maxAge, Clock clock) {
    if (capacity < 0 || maxAge.isNegative()) {
      throw new IllegalArgumentException("capacity and maximum age cannot be negative");
    }
    this.capacity = capacity;
    this.maxAge = maxAge;
    this.clock = clock;
    // access order: a get moves the token to the young end, the eldest is the least recently used
    this.tokens =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Remembered<T>> eldest) {
            return size() > TokenMemory.this.capacity;
          }
        };
  }

  /** False when the memory is turned off (capacity 0): every token goes to the full check. */
  public boolean enabled() {
    return capacity > 0;
  }

  /** The verified token remembered under {@code token}, if it is still within its time. */
  public Optional<T> recall(String token) {
    if (!enabled()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    synchronized (tokens) {
      Remembered<T> remembered = tokens.get(token);
      if (remembered == null) {
        return Optional.empty();
      }
      if (now.isBefore(remembered.until())) {
        return Optional.of(remembered.verified());
      }
      tokens.remove(token);
      return Optional.empty();
    }
  }

  /**
   * Remembers {@code verified}, which the full check has just accepted for {@code token}.
   *
   * @param expiresAt the token's {@code exp}; {@code null} when it has none (then only {@code
   *     maxAge} bounds it)
   */
  public void remember(String token, T verified, Instant expiresAt) {
    if (!enabled()) {
      return;
    }
    Instant until = clock.instant().plus(maxAge);
    if (expiresAt != null && expiresAt.isBefore(until)) {
      until = expiresAt;
    }
    synchronized (tokens) {
      tokens.put(token, new Remembered<>(verified, until));
    }
  }

  /** How many tokens are remembered now. */
  public int size() {
    synchronized (tokens) {
      return tokens.size();
    }
  }
}
