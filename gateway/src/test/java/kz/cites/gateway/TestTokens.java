package kz.cites.gateway;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/** Tokens as the identity provider would issue them, signed with a key generated per run. */
public final class TestTokens {

  public static final String ISSUER = "http://idp.test/sim/idp";
  public static final RSAKey IDP_KEY = rsaKey("idp-key");

  private TestTokens() {}

  public static String tokenFor(String role) {
    return token(IDP_KEY, c -> c.claim("roles", List.of(role)));
  }

  public static String tokenFor(String subject, String role) {
    return token(
        IDP_KEY, c -> c.subject(subject).claim("iin", subject).claim("roles", List.of(role)));
  }

  public static String token(RSAKey key, Consumer<JWTClaimsSet.Builder> customizer) {
    Instant now = Instant.now();
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience("cites-api")
            .subject("870101300123")
            .claim("iin", "870101300123")
            .claim("roles", List.of("APPLICANT"))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)));
    customizer.accept(claims);
    try {
      var jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims.build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static RSAKey rsaKey(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
