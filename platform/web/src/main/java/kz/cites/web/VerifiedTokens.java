package kz.cites.web;

import kz.cites.access.TokenMemory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A service's bearer-token decoder: a token seen before and still within its time comes from the
 * {@link TokenMemory} (what stays true and what changes is said there); any other goes through
 * every check of the decoder Boot builds from {@code spring.security.oauth2.resourceserver.jwt}
 * (JWKS, issuer, audience, times), and is remembered if it passes. A refused token is never
 * remembered. The gateway has remembered tokens since issue 18's first round; a service checked
 * each again from scratch, about 3% of application-service's CPU per submission.
 */
final class VerifiedTokens implements JwtDecoder {

  private final JwtDecoder verifier;
  private final TokenMemory<Jwt> memory;

  VerifiedTokens(JwtDecoder verifier, TokenMemory<Jwt> memory) {
    this.verifier = verifier;
    this.memory = memory;
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    return memory
        .recall(token)
        .orElseGet(
            () -> {
              Jwt jwt = verifier.decode(token);
              memory.remember(token, jwt, jwt.getExpiresAt());
              return jwt;
            });
  }
}
