package kz.cites.permit.signing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import kz.cites.permit.signing.SigningKeys;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public", description = "What anyone may read without signing in")
class PublicKeysController {

  private final SigningKeys keys;

  PublicKeysController(SigningKeys keys) {
    this.keys = keys;
  }

  // JWKS clients ask for either type; a plain JSON client must not get a 406
  @GetMapping(
      value = "/api/v1/public/keys",
      produces = {"application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE})
  @Operation(
      summary = "The authority's document-signing keys (JWKS)",
      description =
          "Public keys of every key that ever signed a permit or refusal, current and retired;"
              + " pick the one named by the document's kid header.")
  ResponseEntity<Map<String, Object>> keys() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .body(keys.publicKeys().toJSONObject(true));
  }
}
