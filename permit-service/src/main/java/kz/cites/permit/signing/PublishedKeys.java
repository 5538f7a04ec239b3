package kz.cites.permit.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.util.Base64;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.cites.eds.Certificates;
import kz.cites.eds.Pem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public keys a verifier may need, as a JWKS: every authority seal's key with its certificate
 * chain ({@code x5c}, {@code kid} = the certificate's serial, as in the documents' JWS headers),
 * and the legacy keys of table {@code signing_key} that signed documents before the seal (their
 * private halves are gone; none signs again), so documents signed with them stay verifiable.
 */
@Component
public class PublishedKeys {

  private final AuthoritySeal seal;
  private final JdbcClient jdbc;

  PublishedKeys(AuthoritySeal seal, JdbcClient jdbc) {
    this.seal = seal;
    this.jdbc = jdbc;
  }

  /** Seals newest first, then the legacy keys newest first; public parts only. */
  @Transactional(readOnly = true)
  public JWKSet all() {
    List<JWK> keys = new ArrayList<>();
    for (List<X509Certificate> chain : seal.chains()) {
      keys.add(jwkOf(chain));
    }
    keys.addAll(legacy());
    return new JWKSet(keys);
  }

  /** The legacy key named {@code kid}, public part. */
  public Optional<JWK> legacy(String kid) {
    return legacy().stream().filter(key -> key.getKeyID().equals(kid)).findFirst();
  }

  private List<JWK> legacy() {
    return jdbc
        .sql("select jwk from signing_key order by created_at desc")
        .query(String.class)
        .list()
        .stream()
        .map(PublishedKeys::parse)
        .map(JWK::toPublicJWK)
        .toList();
  }

  private static JWK jwkOf(List<X509Certificate> chain) {
    X509Certificate certificate = chain.getFirst();
    try {
      return new ECKey.Builder(ECKey.parse(certificate))
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.ES256)
          .keyID(Certificates.serialOf(certificate))
          .x509CertChain(chain.stream().map(c -> Base64.encode(Pem.der(c))).toList())
          .x509CertSHA256Thumbprint(DocumentSigner.thumbprint(certificate))
          .build();
    } catch (JOSEException e) {
      throw new IllegalStateException("The seal's certificate holds no EC key", e);
    }
  }

  private static JWK parse(String json) {
    try {
      return JWK.parse(json);
    } catch (ParseException e) {
      throw new IllegalStateException("Unreadable signing key", e);
    }
  }
}
