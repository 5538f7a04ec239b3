package kz.cites.permit.permits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.cites.events.PermitType;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.permits.domain.PermitStatus;
import kz.cites.permit.signing.DocumentSigner;
import kz.cites.permit.signing.DocumentVerifier;
import kz.cites.permit.signing.domain.DocumentCheck;
import kz.cites.permit.signing.domain.DocumentSignatureRepository;
import kz.cites.permit.web.ApiProblem;
import kz.cites.permit.web.ProblemResponses;
import kz.cites.web.ProblemException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public verification of a permit by its number and the security code printed on it, for border
 * officers and trading partners without an account. Answers the minimum needed to accept the permit
 * at the border; an unknown number, a wrong code and a missing code give the very same 404, so the
 * answer reveals nothing about which permits exist. Rate limited at the gateway.
 */
@RestController
@Tag(name = "Public", description = "What anyone may read without signing in")
class PublicPermitController {

  /**
   * What a border officer needs to see, and whether the permit's signatures hold now.
   *
   * @param signature who signed the permit (an officer with their own NCA certificate, or the
   *     authority's organisation certificate) and whether its CMS and its sealed JWS verify against
   *     the NCA root, checked when asked
   */
  @NullMarked
  record Verification(
      String number,
      PermitType type,
      PermitStatus status,
      LocalDate validUntil,
      List<SpecimenLine> specimens,
      DocumentCheck signature) {}

  /** One specimen line: the species, what is traded and how much. */
  @NullMarked
  record SpecimenLine(
      String scientificName,
      @Nullable String termCode,
      BigDecimal quantity,
      @Nullable String unitCode) {}

  private final PermitRepository permits;
  private final Clock clock;
  private final DocumentVerifier verifier;
  private final DocumentSignatureRepository signatures;

  PublicPermitController(
      PermitRepository permits,
      Clock clock,
      DocumentVerifier verifier,
      DocumentSignatureRepository signatures) {
    this.permits = permits;
    this.clock = clock;
    this.verifier = verifier;
    this.signatures = signatures;
  }

  @GetMapping("/api/v1/public/permits/{number}")
  @Transactional(readOnly = true)
  @ProblemResponses({ApiProblem.NOT_FOUND})
  @Operation(
      operationId = "checkPermitPublicly",
      summary = "Verify a permit by number and security code (no sign-in)",
      description =
          "With the right code: VALID, EXPIRED, CANCELLED or USED, the type, the last day of"
              + " validity, the species with quantities, and signature: who signed (signedBy:"
              + " role OFFICER or AUTHORITY, name, IIN or BIN, certificateSerial, signedAt), whether"
              + " the signatory's CMS (cms) and the authority's sealed JWS (jws, via its x5c chain)"
              + " verify against the NCA root, checked now, and the seal's certificate (sealedBy)."
              + " Otherwise 404, whatever was wrong.")
  Verification verify(
      @Parameter(
              description = "The permit number: 2 digits of the year, KZ, 6 digits",
              example = "26KZ000001")
          @PathVariable
          String number,
      @Parameter(
              description = "The security code printed on the permit (box 5b)",
              example = "7KQ2M9XD")
          @RequestParam(required = false)
          String code) {
    Permit permit =
        permits
            .findByNumber(number)
            .filter(p -> p.hasSecurityCode(code))
            .orElseThrow(PublicPermitController::nothingToShow);
    return new Verification(
        permit.number(),
        permit.type(),
        permit.statusAt(clock.instant()),
        permit.validUntil(),
        permit.form().specimens().stream()
            .map(
                s -> new SpecimenLine(s.scientificName(), s.termCode(), s.quantity(), s.unitCode()))
            .toList(),
        verifier.check(
            permit.document(),
            signatures.findByApplicationIdAndDocumentType(
                permit.applicationId(), DocumentSigner.PERMIT_TYPE),
            permit.issuedAt()));
  }

  /** One answer for every failure; it neither echoes the number nor says what did not match. */
  private static ProblemException nothingToShow() {
    return ApiProblem.NOT_FOUND.detail("public-permit");
  }
}
