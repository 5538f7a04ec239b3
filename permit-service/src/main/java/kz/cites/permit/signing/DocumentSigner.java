package kz.cites.permit.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a document (a permit or a refusal) as a compact JWS with the authority's active key: ES256,
 * the key id in the {@code kid} header, the document's JSON as the payload, so any JOSE library can
 * verify it with the keys of {@code GET /api/v1/public/keys}.
 */
@Component
public class DocumentSigner {

  /** {@code typ} of our documents, e.g. {@code cites-permit+json}. */
  public static final String PERMIT_TYPE = "cites-permit+json";

  public static final String REFUSAL_TYPE = "cites-refusal+json";

  private final SigningKeys keys;
  private final JsonMapper json;

  DocumentSigner(SigningKeys keys, JsonMapper json) {
    this.keys = keys;
    this.json = json;
  }

  /** Signs {@code document} for {@code signatory}. */
  public String sign(Object document, String type, Signatory signatory) {
    ECKey key = keys.active();
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(new JOSEObjectType(type))
                .contentType("application/json")
                .build(),
            new Payload(json.writeValueAsString(document)));
    try {
      jws.sign(new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign the document", e);
    }
    return jws.serialize();
  }
}
