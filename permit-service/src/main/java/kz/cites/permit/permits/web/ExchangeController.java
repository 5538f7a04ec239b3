package kz.cites.permit.permits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import kz.cites.permit.permits.EPermitXml;
import kz.cites.permit.permits.EPermits;
import kz.cites.permit.permits.ImportConfirmationRequest;
import kz.cites.permit.permits.PermitImportConfirmation;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.web.ApiProblem;
import kz.cites.permit.web.ProblemResponses;
import kz.cites.web.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-permit exchange for partner authorities (ADR 0018): the importing country's CITES authority
 * reads the permits addressed to its country as CITES e-permit XML and confirms their import, once.
 * The token's {@code country} claim is the partner's country; a permit whose importer is elsewhere
 * is a 404 as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/exchange/permits/{number}")
@Tag(
    name = "E-permit exchange",
    description = "CITES e-permits for the importing country's authority, and its confirmation")
class ExchangeController {

  private final PermitImportConfirmation confirmation;
  private final EPermits epermits;

  ExchangeController(PermitImportConfirmation confirmation, EPermits epermits) {
    this.confirmation = confirmation;
    this.epermits = epermits;
  }

  /** The importing authority's answer; lines numbered from 1 in the permit's order. */
  record ConfirmationBody(
      @NotNull Boolean confirmed,
      @NotEmpty @Size(max = 100) List<@Valid @NotNull LineBody> lines,
      @NotNull LocalDate confirmedOn,
      @Size(max = 64) String importPermitNumber) {

    ImportConfirmationRequest request() {
      return new ImportConfirmationRequest(
          confirmed,
          lines.stream().map(LineBody::requested).toList(),
          confirmedOn,
          importPermitNumber);
    }
  }

  @GetMapping(produces = MediaType.APPLICATION_XML_VALUE)
  @ProblemResponses({ApiProblem.NOT_FOUND})
  @Operation(
      operationId = "getExchangePermit",
      summary = "A permit addressed to the partner's country, as CITES e-permit XML",
      description =
          "The CITES electronic permit (the e-permitting toolkit 2.0's UN/CEFACT message, as far"
              + " as the schema permit-service publishes holds it: ADR 0018), UTF-8, made from"
              + " the signed permit, with box 14 once customs endorsed. Only for a permit whose"
              + " importer (box 3) is in the country of the token's country claim; any other"
              + " number is 404, as if it did not exist.")
  @ApiResponse(
      responseCode = "200",
      description = "The e-permit, valid against CITES_EPermit_2.0_subset.xsd",
      content =
          @Content(
              mediaType = EPermitXml.MEDIA_TYPE,
              schema =
                  @Schema(
                      type = "string",
                      description =
                          "XML of root CITESEPermit in namespace " + EPermitXml.NAMESPACE)))
  ResponseEntity<byte[]> permit(
      @Parameter(
              description = "The permit number: 2 digits of the year, KZ, 6 digits",
              example = "26KZ000001")
          @PathVariable
          String number,
      Authentication authentication) {
    Permit permit = confirmation.addressedTo(number, CurrentUser.of(authentication).country());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(epermits.of(permit));
  }

  @PostMapping("/confirmation")
  @ResponseStatus(HttpStatus.CREATED) // so the published document says 201, as ResponseEntity sends
  @ProblemResponses({
    ApiProblem.VALIDATION,
    ApiProblem.MALFORMED_BODY,
    ApiProblem.NOT_FOUND,
    ApiProblem.IMPORT_ALREADY_CONFIRMED,
    ApiProblem.PERMIT_NOT_CONFIRMABLE,
    ApiProblem.CONFIRMATION_NOT_ON_PERMIT,
    ApiProblem.CONFIRMED_QUANTITY_EXCEEDS_PERMIT,
    ApiProblem.CONFIRMATION_DATE_OUTSIDE_VALIDITY,
    ApiProblem.CONFLICT
  })
  @Operation(
      operationId = "confirmPermitImport",
      summary = "Confirm (or refuse) the import under a permit addressed to the partner's country",
      description =
          "EPIX-style: confirmed (true: accepted; false: the import was refused), the quantity"
              + " received per line (lines numbered from 1 in the permit's order; a line left out"
              + " was not received; at most the permit's), the date (within the permit's validity,"
              + " not in the future) and the importing country's own import permit, if any. Once"
              + " per permit: a second answer is 409 import-already-confirmed; a cancelled permit"
              + " is 409 permit-not-confirmable. Publishes PermitImportConfirmed; the permit's"
              + " status does not change.")
  ResponseEntity<ImportConfirmationView> confirm(
      @Parameter(
              description = "The permit number: 2 digits of the year, KZ, 6 digits",
              example = "26KZ000001")
          @PathVariable
          String number,
      @Valid @RequestBody ConfirmationBody body,
      Authentication authentication) {
    CurrentUser caller = CurrentUser.of(authentication);
    String name =
        authentication.getPrincipal() instanceof Jwt jwt ? jwt.getClaimAsString("name") : null;
    Permit permit =
        confirmation.confirm(
            number,
            body.request(),
            new PermitImportConfirmation.Partner(caller.iin(), name, caller.country()));
    return ResponseEntity.created(
            URI.create("/api/v1/exchange/permits/" + number + "/confirmation"))
        .body(ImportConfirmationView.of(number, permit.importConfirmation()));
  }

  @GetMapping("/confirmation")
  @ProblemResponses({ApiProblem.NOT_FOUND})
  @Operation(
      operationId = "getPermitImportConfirmation",
      summary = "The partner's confirmation of a permit addressed to its country",
      description = "404 while the import is not confirmed, and for a permit addressed elsewhere.")
  ImportConfirmationView confirmation(
      @Parameter(
              description = "The permit number: 2 digits of the year, KZ, 6 digits",
              example = "26KZ000001")
          @PathVariable
          String number,
      Authentication authentication) {
    Permit permit = confirmation.addressedTo(number, CurrentUser.of(authentication).country());
    if (permit.importConfirmation() == null) {
      throw ApiProblem.NOT_FOUND.detail("confirmation", number).with("number", number);
    }
    return ImportConfirmationView.of(number, permit.importConfirmation());
  }
}
