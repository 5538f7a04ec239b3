package kz.cites.simulator.nca;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Base64;
import kz.cites.simulator.persona.ActingPersona;
import kz.cites.simulator.persona.Persona;
import kz.cites.simulator.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The NCA as the portal's signing component uses it: sign for a persona; publish the root. */
@RestController
@RequestMapping("/sim/nca")
@Tag(name = "NCA", description = "EDS signatures of the seeded personas")
class NcaController {

  private final ActingPersona acting;
  private final NcaAuthority nca;

  NcaController(ActingPersona acting, NcaAuthority nca) {
    this.acting = acting;
    this.nca = nca;
  }

  /**
   * @param bin set to sign with the company key of the BIN the persona acts for
   * @param payload base64 of the bytes to sign (the application's signing payload)
   */
  record SignRequest(
      @NotBlank @Pattern(regexp = "\\d{12}") String iin,
      @Pattern(regexp = "\\d{12}") String bin,
      @NotBlank String payload) {}

  record SignResponse(String signature) {}

  @PostMapping("/sign")
  @Operation(summary = "Sign a payload with the persona's certificate: detached CMS, base64")
  SignResponse sign(@Valid @RequestBody SignRequest request) {
    Persona persona = acting.require(request.iin(), request.bin());
    byte[] payload;
    try {
      payload = Base64.getDecoder().decode(request.payload());
    } catch (IllegalArgumentException e) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          Problems.VALIDATION,
          "Invalid request",
          "payload",
          "payload must be base64");
    }
    return new SignResponse(nca.sign(persona, request.bin(), payload));
  }

  @GetMapping(value = "/root", produces = "application/x-pem-file")
  @Operation(summary = "The NCA root certificate (PEM) that relying parties trust")
  String root() {
    return nca.rootPem();
  }
}
