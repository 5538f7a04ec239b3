package kz.cites.simulator.nca;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import kz.cites.simulator.fault.FaultSwitchboard;
import kz.cites.simulator.fault.Registry;
import kz.cites.simulator.idp.IssuedTokens;
import kz.cites.simulator.persona.ActingPersona;
import kz.cites.simulator.persona.Persona;
import kz.cites.simulator.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The NCA as the portal's signing component and relying parties use it: sign for a persona; sign
 * for the person of a live identity-provider token (the stand-in for the NCA's remote signing);
 * issue an organisation a certificate for its key on a PKCS#10 request; publish the root; answer
 * OCSP. And a switch for tests: revoke a persona's certificates, restore them.
 */
@RestController
@RequestMapping("/sim/nca")
@Tag(name = "NCA", description = "EDS signatures of the seeded personas, OCSP and revocation")
class NcaController {

  static final String OCSP_REQUEST = "application/ocsp-request";
  static final String OCSP_RESPONSE = "application/ocsp-response";
  static final String PKCS10 = "application/pkcs10";

  /** A PEM certificate chain, leaf first (RFC 8555, section 9.1). */
  static final String PEM_CHAIN = "application/pem-certificate-chain";

  private final ActingPersona acting;
  private final NcaAuthority nca;
  private final OcspResponder ocsp;
  private final Enrolment enrolment;
  private final IssuedTokens tokens;
  private final FaultSwitchboard faults;

  NcaController(
      ActingPersona acting,
      NcaAuthority nca,
      OcspResponder ocsp,
      Enrolment enrolment,
      IssuedTokens tokens,
      FaultSwitchboard faults) {
    this.faults = faults;
    this.acting = acting;
    this.nca = nca;
    this.ocsp = ocsp;
    this.enrolment = enrolment;
    this.tokens = tokens;
  }

  /**
   * @param iin the persona whose current certificates (personal key, and company key when the
   *     persona acts for a company) are revoked
   * @param reason why, a {@link RevocationReason} name; KEY_COMPROMISE when absent
   */
  record RevocationRequest(@NotBlank @Pattern(regexp = "\\d{12}") String iin, String reason) {}

  record RevocationResponse(String iin, List<NcaAuthority.RevokedCertificate> certificates) {}

  /**
   * @param bin set to sign with the company key of the BIN the persona acts for
   * @param payload base64 of the bytes to sign (the application's signing payload)
   */
  record SignRequest(
      @NotBlank @Pattern(regexp = "\\d{12}") String iin,
      @Pattern(regexp = "\\d{12}") String bin,
      @NotBlank String payload) {}

  record SignResponse(String signature) {}

  /**
   * @param payload base64 of the bytes to sign (e.g. the canonical bytes of a permit)
   */
  record RemoteSignRequest(String payload) {}

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

  @PostMapping("/remote-signatures")
  @Operation(
      summary = "Remote signing: sign a payload for the person of a bearer token",
      description =
          "The stand-in for the NCA's remote signing service (in production the officer confirms"
              + " each signature in NCALayer or the eGov mobile app): Authorization: Bearer <a"
              + " token of this simulator's identity provider, still valid>, body {\"payload\":"
              + " base64}. Answers a detached CMS (signing time, certificate included) made with"
              + " the personal certificate of the token's person (SERIALNUMBER=IIN...), so a"
              + " service can have a person's signature only while it holds that person's live"
              + " token. No token, or one this identity provider did not issue or that expired:"
              + " 401 invalid-token.")
  SignResponse remoteSign(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody(required = false) RemoteSignRequest request) {
    String token =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? authorization.substring(7)
            : null;
    String iin = tokens.personOf(token).orElseThrow(NcaController::invalidToken);
    Persona persona = acting.require(iin, null);
    if (request == null || request.payload() == null || request.payload().isBlank()) {
      throw Problems.invalidField("payload", "must not be blank");
    }
    byte[] payload;
    try {
      payload = Base64.getDecoder().decode(request.payload());
    } catch (IllegalArgumentException e) {
      throw Problems.invalidField("payload", "payload must be base64");
    }
    return new SignResponse(nca.sign(persona, null, payload));
  }

  private static ErrorResponseException invalidToken() {
    ErrorResponseException problem =
        Problems.of(
            HttpStatus.UNAUTHORIZED,
            Problems.INVALID_TOKEN,
            "Invalid token",
            null,
            "Remote signing needs a bearer token of the identity provider that is still valid");
    problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    return problem;
  }

  @PostMapping(value = "/certificates", consumes = PKCS10, produces = PEM_CHAIN)
  @Operation(
      summary = "Issue an organisation a certificate for its key (PKCS#10 request)",
      description =
          "Body: a PKCS#10 certificate request (DER, or PEM), signed with the key to certify,"
              + " whose subject names the organisation's BIN as OU=BIN<12 digits> (or"
              + " SERIALNUMBER=BIN<12 digits>). The legal-entities registry must know the BIN as"
              + " ACTIVE. Answers 201 with the chain as PEM, leaf first: the certificate (C=KZ,"
              + " O=<registered name>, OU=BIN<bin>, CN=<registered name>; a year; digital"
              + " signature and non-repudiation; the OCSP address in its AIA), then the root."
              + " A body that is no CSR, or whose signature does not verify, or that names no"
              + " BIN: 400 invalid-csr; a BIN no registry knows as active: 400"
              + " unknown-legal-entity.")
  ResponseEntity<String> enrol(@RequestBody byte[] request) {
    X509Certificate certificate = enrolment.issue(request);
    return ResponseEntity.status(HttpStatus.CREATED)
        .contentType(MediaType.parseMediaType(PEM_CHAIN))
        .body(NcaAuthority.pem(List.of(certificate, nca.root())));
  }

  @GetMapping(value = "/root", produces = "application/x-pem-file")
  @Operation(summary = "The NCA root certificate (PEM) that relying parties trust")
  String root() {
    return nca.rootPem();
  }

  @PostMapping(value = "/ocsp", consumes = OCSP_REQUEST, produces = OCSP_RESPONSE)
  @Operation(
      summary = "OCSP responder (RFC 6960): the revocation status of certificates this NCA issued",
      description =
          "Body: a DER OCSPRequest. Answer: a DER OCSPResponse signed with the root key, with the"
              + " request's nonce echoed; good, revoked (time and reason) or unknown (not issued"
              + " here). A body that is no OCSP request: OCSP status malformedRequest. The fault"
              + " switch `ocsp` makes it slow, down (503), failing (500) or cut short.")
  ResponseEntity<byte[]> ocsp(@RequestBody byte[] request) {
    return switch (faults.decide(Registry.OCSP)) {
      case UNAVAILABLE -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
      case ERROR -> ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
      // cut short on purpose: relying parties must survive a 200 whose body does not parse
      case MALFORMED ->
          ResponseEntity.ok()
              .contentType(MediaType.parseMediaType(OCSP_RESPONSE))
              .body(Arrays.copyOf(ocsp.respond(request), 8));
      case ANSWER ->
          ResponseEntity.ok()
              .contentType(MediaType.parseMediaType(OCSP_RESPONSE))
              .body(ocsp.respond(request));
    };
  }

  @PostMapping("/revocations")
  @Operation(
      summary = "Revoke a persona's current certificates (for tests; in memory)",
      description =
          "Revokes the persona's personal certificate and, when the persona acts for a company,"
              + " its company key, issuing them first if they never were; signing goes on with the"
              + " revoked certificates. The OCSP responder answers revoked from now on. Revoking"
              + " again keeps the first time and reason.")
  ResponseEntity<RevocationResponse> revoke(@Valid @RequestBody RevocationRequest request) {
    Persona persona = acting.require(request.iin(), null);
    RevocationReason reason = RevocationReason.KEY_COMPROMISE;
    if (request.reason() != null) {
      try {
        reason = RevocationReason.valueOf(request.reason());
      } catch (IllegalArgumentException e) {
        throw Problems.invalidField(
            "reason", "must be one of " + java.util.Arrays.toString(RevocationReason.values()));
      }
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new RevocationResponse(persona.iin(), nca.revoke(persona, reason)));
  }

  @GetMapping("/revocations")
  @Operation(summary = "Every revoked certificate")
  List<NcaAuthority.RevokedCertificate> revocations() {
    return nca.revoked();
  }

  @DeleteMapping("/revocations/{iin}")
  @Operation(summary = "Restore the persona's revoked certificates: OCSP answers good again")
  ResponseEntity<Void> restore(@PathVariable @Pattern(regexp = "\\d{12}") String iin) {
    nca.restore(acting.require(iin, null));
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/revocations")
  @Operation(summary = "Restore every revoked certificate")
  ResponseEntity<Void> restoreAll() {
    nca.restoreAll();
    return ResponseEntity.noContent().build();
  }
}
