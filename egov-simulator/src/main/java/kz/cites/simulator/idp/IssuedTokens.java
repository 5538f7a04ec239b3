package kz.cites.simulator.idp;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.Optional;
import java.util.Set;
import kz.cites.simulator.SimulatorProperties;
import org.springframework.stereotype.Component;

/**
 * Tells whether a bearer token is one this identity provider issued and still valid: signed with
 * its own key, its issuer and audience, not expired. Other parts of the outside world (the NCA's
 * remote signing) act for the token's person only on such a token.
 */
@Component
public class IssuedTokens {

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  IssuedTokens(TokenIssuer issuer, SimulatorProperties properties) {
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            JWSAlgorithm.RS256, new ImmutableJWKSet<>(new JWKSet(issuer.publicKey()))));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            properties.audience(),
            new JWTClaimsSet.Builder().issuer(properties.issuer()).build(),
            Set.of("sub", "exp", "iin")));
  }

  /** The IIN of the person a valid token was issued to; empty for any other token. */
  public Optional<String> personOf(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(processor.process(token.strip(), null).getStringClaim("iin"));
    } catch (Exception e) {
      return Optional.empty();
    }
  }
}
