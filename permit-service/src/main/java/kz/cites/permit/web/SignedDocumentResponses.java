package kz.cites.permit.web;

import com.nimbusds.jose.JWSObject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed document (a permit, a refusal) in the representation the Accept header picks: the
 * compact JWS as stored ({@code application/jose}), or with {@code Accept: application/pdf} the PDF
 * rendered from the signed payload, so the paper says exactly what was signed.
 */
@Component
public class SignedDocumentResponses {

  /** Media type of a compact JWS (RFC 7515). */
  public static final String JOSE = "application/jose";

  /** Renders a signed document's payload as PDF; {@code keyId} names the key that signed it. */
  @FunctionalInterface
  public interface Pdf<T> {
    byte[] render(T document, String keyId);
  }

  private final JsonMapper json;

  SignedDocumentResponses(JsonMapper json) {
    this.json = json;
  }

  /**
   * The response for {@code accept}.
   *
   * @param jws the stored signed document (compact JWS)
   * @param payload the type of the signed payload, what {@code pdf} renders
   * @param fileName the download's name without extension (e.g. {@code permit-26KZ000001}), or null
   *     to send no Content-Disposition
   */
  public <T> ResponseEntity<byte[]> of(
      String jws, String accept, Class<T> payload, Pdf<T> pdf, String fileName) {
    if (!wantsPdf(accept)) {
      return withName(
              ResponseEntity.ok().contentType(MediaType.parseMediaType(JOSE)),
              fileName,
              "attachment",
              ".jws")
          .body(jws.getBytes(StandardCharsets.US_ASCII));
    }
    JWSObject signed;
    try {
      signed = JWSObject.parse(jws);
    } catch (ParseException e) {
      throw new IllegalStateException("Stored " + payload.getSimpleName() + " is not a JWS", e);
    }
    T document = json.readValue(signed.getPayload().toString(), payload);
    return withName(
            ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF), fileName, "inline", ".pdf")
        .body(pdf.render(document, signed.getHeader().getKeyID()));
  }

  private static boolean wantsPdf(String accept) {
    return accept != null
        && MediaType.parseMediaTypes(accept).stream()
            .anyMatch(t -> t.equalsTypeAndSubtype(MediaType.APPLICATION_PDF));
  }

  private static ResponseEntity.BodyBuilder withName(
      ResponseEntity.BodyBuilder response, String fileName, String disposition, String extension) {
    return fileName == null
        ? response
        : response.header(
            HttpHeaders.CONTENT_DISPOSITION,
            disposition + "; filename=\"" + fileName + extension + "\"");
  }
}
