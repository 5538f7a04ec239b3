package kz.cites.gateway.security;

import kz.cites.access.TokenMemory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The gateway's decoder: a token seen before and still within its time comes from the {@link
 * TokenMemory} (what stays true and what changes is said there); any other goes through every check
 * of the wrapped decoder, and is remembered if it passes. A refused token is never remembered.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

  private final ReactiveJwtDecoder verifier;
  private final TokenMemory<Jwt> memory;

  /**
   * @param verifier the decoder that checks a token fully (Boot's, from the resource-server
   *     properties)
   */
  VerifiedTokens(ReactiveJwtDecoder verifier, TokenMemory<Jwt> memory) {
    this.verifier = verifier;
    this.memory = memory;
  }

  @Override
  public Mono<Jwt> decode(String token) {
    return memory
        .recall(token)
        .map(Mono::just)
        .orElseGet(
            () ->
                verifier
                    .decode(token)
                    .doOnNext(jwt -> memory.remember(token, jwt, jwt.getExpiresAt())));
  }
}
