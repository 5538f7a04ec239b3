package kz.cites.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens the identity provider's key has already verified, so that a client calling with
 * the same token again (a portal integration keeps one for its whole life) is not verified from
 * scratch each time: in the gateway's profile the JWK-to-key conversion, the RSA check, the claim
 * conversion and the issuer's URL parsing were a large part of an authenticated request's CPU.
 *
 * <p>What stays true: only a token that passed every check of the wrapped decoder (signature,
 * issuer, audience, times) is remembered, under its exact text; each use checks its expiry and
 * not-before again; nothing is kept past its {@code exp} or past {@code maxAge}. The one thing that
 * changes is how soon a key withdrawn from the identity provider's JWKS stops being honoured for
 * tokens already seen: at most {@code maxAge} later (the wrapped decoder itself caches the JWKS for
 * minutes too). The least recently used tokens are forgotten beyond {@code capacity}.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

  private final ReactiveJwtDecoder verifier;
  private final int capacity;
  private final Duration maxAge;
  private final Clock clock;
  private final OAuth2TokenValidator<Jwt> times;
  private final Map<String, Remembered> tokens;

  private record Remembered(Jwt jwt, Instant until) {}

  /**
   * @param verifier the decoder that checks a token fully (Boot's, from the resource-server
   *     properties)
   * @param capacity how many tokens to remember; 0 remembers none
   * @param maxAge how long one is remembered at most
   */
  VerifiedTokens(ReactiveJwtDecoder verifier, int capacity, Duration maxAge, Clock clock) {
    this.verifier = verifier;
    this.capacity = capacity;
    this.maxAge = maxAge;
    this.clock = clock;
    JwtTimestampValidator timestamps = new JwtTimestampValidator(); // the verifier's 60 s skew
    timestamps.setClock(clock);
    this.times = timestamps;
    this.tokens =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > VerifiedTokens.this.capacity;
          }
        };
  }

  @Override
  public Mono<Jwt> decode(String token) {
    if (capacity <= 0) {
      return verifier.decode(token);
    }
    Instant now = clock.instant();
    Remembered remembered;
    synchronized (tokens) {
      remembered = tokens.get(token);
    }
    if (remembered != null) {
      if (now.isBefore(remembered.until()) && !times.validate(remembered.jwt()).hasErrors()) {
        return Mono.just(remembered.jwt());
      }
      forget(token);
    }
    return verifier.decode(token).doOnNext(jwt -> remember(token, jwt, now));
  }

  /** How many tokens are remembered now. */
  int size() {
    synchronized (tokens) {
      return tokens.size();
    }
  }

  private void remember(String token, Jwt jwt, Instant now) {
    Instant until = now.plus(maxAge);
    if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
      until = jwt.getExpiresAt();
    }
    synchronized (tokens) {
      tokens.put(token, new Remembered(jwt, until));
    }
  }

  private void forget(String token) {
    synchronized (tokens) {
      tokens.remove(token);
    }
  }
}
