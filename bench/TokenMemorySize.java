import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import kz.cites.access.TokenMemory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How much heap a remembered token holds: signs n RS256 tokens shaped like the identity provider's
 * (issuer, audience, IIN, a Kazakh name, roles, BIN, times, jti), decodes each with Spring
 * Security's Nimbus decoder and remembers it in a platform/access TokenMemory as the decoders do,
 * then reports the heap the memory retains per token (the token's text, the decoded Jwt and the
 * memory's entry). System.gc() is a full, synchronous collection with the default G1 settings.
 * Not a test.
 */
public class TokenMemorySize {

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : TokenMemory.DEFAULT_CAPACITY;
    RSAKey key = new RSAKeyGenerator(2048).keyID("idp-1").generate();
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
    RSASSASigner signer = new RSASSASigner(key);
    MemoryMXBean heap = ManagementFactory.getMemoryMXBean();

    TokenMemory<Jwt> memory = new TokenMemory<>(n, Duration.ofMinutes(5), Clock.systemUTC());
    decoder.decode(token(signer, 0)); // classes loaded and caches warm before the baseline
    long before = usedAfterGc(heap);
    for (int i = 0; i < n; i++) {
      String token = token(signer, i);
      Jwt jwt = decoder.decode(token);
      memory.remember(token, jwt, jwt.getExpiresAt());
    }
    long after = usedAfterGc(heap);
    System.out.printf(
        "%d tokens remembered: %.1f MB retained, %.0f bytes each (text, Jwt and entry)%n",
        memory.size(), (after - before) / 1e6, (after - before) / (double) memory.size());
  }

  private static long usedAfterGc(MemoryMXBean heap) {
    System.gc();
    System.gc();
    return heap.getHeapMemoryUsage().getUsed();
  }

  private static String token(RSASSASigner signer, int i) throws Exception {
    String iin = String.format("9004154%05d", i);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer("http://localhost:8090/sim/idp")
            .audience("cites-api")
            .subject(iin)
            .claim("iin", iin)
            .claim("name", "Айгүл Сәрсенбаева")
            .claim("roles", List.of("APPLICANT"))
            .claim("bin", "180240012345")
            .issueTime(new Date())
            .expirationTime(new Date(System.currentTimeMillis() + 3_600_000))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("idp-1").type(JOSEObjectType.JWT).build(),
            claims);
    jwt.sign(signer);
    return jwt.serialize();
  }
}
