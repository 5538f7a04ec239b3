package kz.cites.permit.web;

import com.nimbusds.jose.JWSObject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import kz.cites.permit.signing.domain.DocumentSignature;
import kz.cites.permit.signing.domain.Signer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed document (a permit, a refusal) in the representation the Accept header picks: the
 * compact JWS as stored ({@code application/jose}); with {@code Accept:
 * application/pkcs7-signature} the signatory's detached CMS ({@code .p7s}, over the JWS payload's
 * bytes); with {@code Accept: application/pdf} the PDF rendered from the signed payload, so the
 * paper says exactly what was signed, and by whom.
 */
@Component
public class SignedDocumentResponses {

  /** Media type of a compact JWS (RFC 7515). */
  public static final String JOSE = "application/jose";

  /** Media type of a detached CMS signature (RFC 8551), file extension {@code .p7s}. */
  public static final String PKCS7_SIGNATURE = "application/pkcs7-signature";

  /**
   * Renders a signed document's payload as PDF, naming who signed: {@code signer} as recorded at
   * signing, or for a document signed before signers were recorded (null) the JWS's {@code keyId}.
   */
  @FunctionalInterface
  public interface Pdf<T> {
    byte[] render(T document, Signer signer, String keyId);
  }

  private final JsonMapper json;

  SignedDocumentResponses(JsonMapper json) {
    this.json = json;
  }

  /**
   * The response for {@code accept}.
   *
   * @param jws the stored signed document (compact JWS)
   * @param signature the stored CMS and signer of the document; empty for one signed before they
   *     were kept (then a CMS is a 404 and the PDF names the JWS key)
   * @param payload the type of the signed payload, what {@code pdf} renders
   * @param fileName the download's name without extension (e.g. {@code permit-26KZ000001}), or null
   *     to send no Content-Disposition
   */
  public <T> ResponseEntity<byte[]> of(
      String jws,
      Optional<DocumentSignature> signature,
      String accept,
      Class<T> payload,
      Pdf<T> pdf,
      String fileName) {
    MediaType chosen = preferred(accept);
    if (chosen.equals(MediaType.APPLICATION_PDF)) {
      JWSObject signed = parse(jws, payload);
      T document = json.readValue(signed.getPayload().toBytes(), payload);
      return withName(
              ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF),
              fileName,
              "inline",
              ".pdf")
          .body(
              pdf.render(
                  document,
                  signature.map(DocumentSignature::signer).orElse(null),
                  signed.getHeader().getKeyID()));
    }
    if (chosen.equals(PKCS7)) {
      DocumentSignature cms = signature.orElseThrow(() -> ApiProblem.NOT_FOUND.detail("no-cms"));
      return withName(
              ResponseEntity.ok().contentType(MediaType.parseMediaType(PKCS7_SIGNATURE)),
              fileName,
              "attachment",
              ".p7s")
          .body(cms.cms());
    }
    return withName(
            ResponseEntity.ok().contentType(MediaType.parseMediaType(JOSE)),
            fileName,
            "attachment",
            ".jws")
        .body(jws.getBytes(StandardCharsets.US_ASCII));
  }

  private static JWSObject parse(String jws, Class<?> payload) {
    try {
      return JWSObject.parse(jws);
    } catch (ParseException e) {
      throw new IllegalStateException("Stored " + payload.getSimpleName() + " is not a JWS", e);
    }
  }

  private static final MediaType JWS = MediaType.parseMediaType(JOSE);
  private static final MediaType PKCS7 = MediaType.parseMediaType(PKCS7_SIGNATURE);

  /** What this answers, in the order that breaks a tie: the JWS first. */
  private static final List<MediaType> OFFERED = List.of(JWS, PKCS7, MediaType.APPLICATION_PDF);

  /**
   * The representation {@code accept} prefers: the highest quality, then a type named exactly
   * before a wildcard, then the earlier in the header, then the JWS. A generated client that sends
   * every type the OpenAPI lists gets the JWS; {@code Accept: application/pdf} the PDF.
   */
  static MediaType preferred(String accept) {
    if (accept == null || accept.isBlank()) {
      return JWS;
    }
    List<MediaType> asked;
    try {
      asked = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      return JWS;
    }
    MediaType best = JWS;
    double bestQuality = -1;
    int bestExact = -1;
    int bestPosition = Integer.MAX_VALUE;
    for (MediaType offered : OFFERED) {
      for (int i = 0; i < asked.size(); i++) {
        MediaType type = asked.get(i);
        double quality = type.getQualityValue();
        if (quality <= 0 || !type.includes(offered)) {
          continue;
        }
        int exact = type.equalsTypeAndSubtype(offered) ? 1 : 0;
        boolean better =
            quality > bestQuality
                || (quality == bestQuality && exact > bestExact)
                || (quality == bestQuality && exact == bestExact && i < bestPosition);
        if (better) {
          best = offered;
          bestQuality = quality;
          bestExact = exact;
          bestPosition = i;
        }
      }
    }
    return best;
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
