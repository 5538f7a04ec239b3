package kz.cites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kz.cites.access.TokenMemory;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

  /** Stands in for the identity provider's check: counts calls, refuses tokens named "forged". */
  static final class CountingVerifier implements JwtDecoder {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Jwt decode(String token) {
      calls.incrementAndGet();
      if (token.startsWith("forged")) {
        throw new BadJwtException("signature");
      }
      Instant now = Instant.now();
      return Jwt.withTokenValue(token)
          .header("alg", "RS256")
          .subject("900415450123")
          .claim("name", "Ерлан Жақсыбеков")
          .claim("roles", List.of("APPLICANT"))
          .issuedAt(now.minusSeconds(10))
          .expiresAt(now.plus(Duration.ofHours(1)))
          .build();
    }
  }

  final CountingVerifier verifier = new CountingVerifier();
  final TokenMemory<Jwt> memory = new TokenMemory<>(100, Duration.ofMinutes(5), Clock.systemUTC());
  final VerifiedTokens tokens = new VerifiedTokens(verifier, memory);

  @Test
  void aTokenSeenBeforeIsNotVerifiedAgain() {
    Jwt first = tokens.decode("token-a");
    Jwt second = tokens.decode("token-a");
    assertThat(second).isSameAs(first);
    assertThat(second.getClaimAsString("name")).isEqualTo("Ерлан Жақсыбеков");
    assertThat(verifier.calls).hasValue(1);
    tokens.decode("token-b");
    assertThat(verifier.calls).hasValue(2);
  }

  @Test
  void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> tokens.decode("forged-1")).isInstanceOf(BadJwtException.class);
    }
    assertThat(verifier.calls).hasValue(2);
    assertThat(memory.size()).isZero();
  }

  @Test
  void bootsDecoderIsWrappedAndCanBeTurnedOff() {
    Object wrapped =
        WebAutoConfiguration.rememberVerifiedTokens(new MockEnvironment())
            .postProcessAfterInitialization(verifier, "jwtDecoder");
    assertThat(wrapped).isInstanceOf(VerifiedTokens.class);
    JwtDecoder remembering = (JwtDecoder) wrapped;
    remembering.decode("token-a");
    remembering.decode("token-a");
    assertThat(verifier.calls).hasValue(1);

    MockEnvironment off = new MockEnvironment().withProperty("cites.tokens.remembered", "0");
    JwtDecoder plain =
        (JwtDecoder)
            WebAutoConfiguration.rememberVerifiedTokens(off)
                .postProcessAfterInitialization(verifier, "jwtDecoder");
    plain.decode("token-a");
    plain.decode("token-a");
    assertThat(verifier.calls).hasValue(3);
  }
}
