package kz.cites.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kz.cites.access.TokenMemory;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokensTest {

  /** Stands in for the identity provider's check: counts calls, refuses tokens named "forged". */
  static final class CountingVerifier implements ReactiveJwtDecoder {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Mono<Jwt> decode(String token) {
      calls.incrementAndGet();
      if (token.startsWith("forged")) {
        return Mono.error(new BadJwtException("signature"));
      }
      return Mono.just(
          Jwt.withTokenValue(token)
              .header("alg", "RS256")
              .subject("811201401188")
              .claim("roles", List.of("APPLICANT"))
              .issuedAt(Instant.now().minusSeconds(10))
              .expiresAt(Instant.now().plus(Duration.ofHours(1)))
              .build());
    }
  }

  final CountingVerifier verifier = new CountingVerifier();
  final TokenMemory<Jwt> memory = new TokenMemory<>(100, Duration.ofMinutes(5), Clock.systemUTC());
  final VerifiedTokens tokens = new VerifiedTokens(verifier, memory);

  @Test
  void aTokenSeenBeforeIsNotVerifiedAgain() {
    Jwt first = tokens.decode("token-a").block();
    Jwt second = tokens.decode("token-a").block();
    assertThat(second).isSameAs(first);
    assertThat(second.getSubject()).isEqualTo("811201401188");
    assertThat(verifier.calls).hasValue(1);
    tokens.decode("token-b").block();
    assertThat(verifier.calls).hasValue(2);
  }

  @Test
  void aRefusedTokenIsRefusedEveryTime() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> tokens.decode("forged-1").block())
          .isInstanceOf(BadJwtException.class);
    }
    assertThat(verifier.calls).hasValue(2);
    assertThat(memory.size()).isZero();
  }

  @Test
  void bootsDecoderIsWrappedAndCanBeTurnedOff() {
    var on = new org.springframework.mock.env.MockEnvironment();
    Object wrapped =
        VerifiedTokensConfig.rememberVerifiedTokens(on)
            .postProcessAfterInitialization(verifier, "jwtDecoder");
    assertThat(wrapped).isInstanceOf(VerifiedTokens.class);

    var off = new org.springframework.mock.env.MockEnvironment();
    off.setProperty("cites.gateway.tokens.remembered", "0");
    ReactiveJwtDecoder plain =
        (ReactiveJwtDecoder)
            VerifiedTokensConfig.rememberVerifiedTokens(off)
                .postProcessAfterInitialization(verifier, "jwtDecoder");
    plain.decode("token-a").block();
    plain.decode("token-a").block();
    assertThat(verifier.calls).hasValue(2);
  }
}
