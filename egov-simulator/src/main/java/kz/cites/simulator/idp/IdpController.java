package kz.cites.simulator.idp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import kz.cites.simulator.persona.ActingPersona;
import kz.cites.simulator.persona.Persona;
import kz.cites.simulator.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Development identity provider: a token for any seeded persona, no password. It stands in for the
 * e-government portal's login; the gateway and services trust its JWKS.
 */
@RestController
@RequestMapping("/sim/idp")
@Tag(name = "Identity provider", description = "Tokens for seeded personas")
class IdpController {

  private final ActingPersona acting;
  private final TokenIssuer issuer;

  IdpController(ActingPersona acting, TokenIssuer issuer) {
    this.acting = acting;
    this.issuer = issuer;
  }

  @PostMapping("/token")
  @Operation(summary = "Issue an RS256 token for a persona with some of its roles")
  TokenResponse token(@Valid @RequestBody TokenRequest request) {
    Persona persona = acting.require(request.iin(), null);
    List<String> refused =
        request.roles().stream().filter(role -> !persona.roles().contains(role)).toList();
    if (!refused.isEmpty()) {
      throw Problems.of(
          HttpStatus.FORBIDDEN,
          Problems.ROLE_NOT_ALLOWED,
          "Role not allowed",
          "roles",
          "persona " + persona.iin() + " may not have " + refused);
    }
    acting.require(request.iin(), request.bin());
    String token =
        issuer.issue(persona, request.roles().stream().distinct().toList(), request.bin());
    return new TokenResponse(token, "Bearer", issuer.ttlSeconds());
  }

  @GetMapping(value = "/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The public signing keys (JWKS)")
  Map<String, Object> jwks() {
    return issuer.publicJwks();
  }
}
