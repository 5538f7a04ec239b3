import java.util.*;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import com.nimbusds.jose.*;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.*;
/**
 * How much heap a remembered token holds (platform/access TokenMemory): decodes 10,000 RS256 tokens
 * shaped like the identity provider's (issuer, audience, IIN, a Kazakh name, roles, BIN, times,
 * jti) with Spring Security's Nimbus decoder, keeps the Jwt objects, and reports the retained heap
 * per token (its text included, which the memory's key shares). Not a test.
 */
public class TokenMemorySize {
  public static void main(String[] a) throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("idp-1").generate();
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
    int n = a.length > 0 ? Integer.parseInt(a[0]) : 10_000;
    String[] tokens = new String[n];
    for (int i = 0; i < n; i++) {
      JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("http://localhost:8090/sim/idp").audience("cites-api")
        .subject(String.format("9004154%05d", i)).claim("iin", String.format("9004154%05d", i)).claim("name", "Айгүл Сәрсенбаева")
        .claim("roles", List.of("APPLICANT")).claim("bin", "180240012345").issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis()+3600_000)).jwtID(UUID.randomUUID().toString()).build();
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("idp-1").type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(new RSASSASigner(key));
      tokens[i] = jwt.serialize();
    }
    System.out.println("token length " + tokens[0].length());
    Runtime rt = Runtime.getRuntime();
    List<Object> keep = new ArrayList<>(n);
    System.gc(); Thread.sleep(500); System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    for (int i = 0; i < n; i++) keep.add(decoder.decode(tokens[i]));
    System.gc(); Thread.sleep(500); System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("%d Jwt objects: %.1f MB retained, %.0f bytes each (the token text included)%n", keep.size(), (after-before)/1e6, (after-before)/(double)n);
  }
}
