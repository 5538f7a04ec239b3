package kz.cites.simulator.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.cites.simulator.SimulatorProperties;
import kz.cites.simulator.persona.Persona;
import kz.cites.simulator.state.SimulatorState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Signs tokens with the identity provider's RSA key ({@link IdpSigningKey}): kept in the state
 * folder across restarts when there is one, so a token stays valid until it expires, as with a real
 * identity provider; made anew at every start without one.
 */
@Component
class TokenIssuer {

  private final RSAKey signingKey;
  private final RSASSASigner signer;
  private final SimulatorProperties properties;
  private final Clock clock;

  @Autowired
  TokenIssuer(SimulatorProperties properties, SimulatorState state) {
    this(properties, Clock.systemUTC(), state);
  }

  TokenIssuer(SimulatorProperties properties, Clock clock) {
    this(properties, clock, SimulatorState.inMemory());
  }

  TokenIssuer(SimulatorProperties properties, Clock clock, SimulatorState state) {
    this.properties = properties;
    this.clock = clock;
    this.signingKey = IdpSigningKey.loadOrCreate(state, clock);
    try {
      this.signer = new RSASSASigner(signingKey);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot use the identity provider key", e);
    }
  }

  long ttlSeconds() {
    return properties.tokenTtl().toSeconds();
  }

  /**
   * The token for a persona; {@code bin} is null unless the caller checked the persona acts for it.
   */
  String issue(Persona persona, List<String> roles, String bin) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(properties.issuer())
            .audience(properties.audience())
            .subject(persona.iin())
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(properties.tokenTtl())))
            .claim("iin", persona.iin())
            .claim("name", persona.name().fullName())
            .claim("roles", List.copyOf(roles));
    if (bin != null) {
      claims.claim("bin", bin);
    }
    if (persona.country() != null) {
      // the partner authority's country: the services show it only permits addressed there
      claims.claim("country", persona.country());
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(signingKey.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims.build());
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
    return jwt.serialize();
  }

  /** The public half of the signing key. */
  RSAKey publicKey() {
    return signingKey.toPublicJWK();
  }

  /** The JWKS with the public half only. */
  Map<String, Object> publicJwks() {
    return new JWKSet(signingKey.toPublicJWK()).toJSONObject(true);
  }
}
