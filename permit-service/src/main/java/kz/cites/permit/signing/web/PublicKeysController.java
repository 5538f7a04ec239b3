package kz.cites.permit.signing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import kz.cites.permit.signing.PublishedKeys;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public", description = "What anyone may read without signing in")
class PublicKeysController {

  private final PublishedKeys keys;

  PublicKeysController(PublishedKeys keys) {
    this.keys = keys;
  }

  // JWKS clients ask for either type; a plain JSON client must not get a 406
  @GetMapping(
      value = "/api/v1/public/keys",
      produces = {"application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE})
  @Operation(
      operationId = "getPublicKeys",
      summary = "The authority's document-signing keys (JWKS)",
      description =
          "The public key of every seal that ever signed a permit or refusal, current and"
              + " retired, each with its NCA certificate chain (x5c) and kid = the certificate's"
              + " serial, then the legacy keys of documents signed before the NCA seal (their"
              + " private halves are gone). Pick the one named by the document's kid header; a"
              + " document's own x5c header verifies it too, with nothing but the NCA root.")
  ResponseEntity<Map<String, Object>> keys() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .body(keys.all().toJSONObject(true));
  }
}
