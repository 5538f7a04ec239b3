package kz.cites.permit.permits;

import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitDocument;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A permit as the CITES e-permit XML ({@link EPermitXml}), made from the payload it was signed with
 * at issue, so the XML never says more or other than the signed permit (plus box 14).
 */
@Component
public class EPermits {

  private final JsonMapper json;

  EPermits(JsonMapper json) {
    this.json = json;
  }

  public byte[] of(Permit permit) {
    return EPermitXml.write(signedPayload(permit), permit.endorsement());
  }

  private PermitDocument signedPayload(Permit permit) {
    try {
      return json.readValue(
          JWSObject.parse(permit.document()).getPayload().toBytes(), PermitDocument.class);
    } catch (ParseException e) {
      throw new IllegalStateException("Stored permit " + permit.number() + " is not a JWS", e);
    }
  }
}
