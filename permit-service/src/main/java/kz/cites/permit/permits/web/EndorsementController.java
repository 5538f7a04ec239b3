package kz.cites.permit.permits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.cites.permit.permits.EndorsementRequest;
import kz.cites.permit.permits.PermitEndorsement;
import kz.cites.permit.permits.domain.ConsignmentLine;
import kz.cites.permit.permits.domain.Endorsement;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.web.ApiProblem;
import kz.cites.permit.web.ProblemResponses;
import kz.cites.permit.web.SigningOfficers;
import kz.cites.web.CurrentUser;
import kz.cites.web.IdempotencyKeys;
import kz.cites.web.IdempotentRequest;
import kz.cites.web.PageView;
import kz.cites.web.Paged;
import kz.cites.web.Paging;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Box 14: customs endorses a permit at the border, once; the holder and staff read it. */
@RestController
@RequestMapping("/api/v1/permits/{number}/endorsements")
@Tag(name = "Permits", description = "Issued CITES permits and re-export certificates")
class EndorsementController {

  private static final int MAX_PAGE_SIZE = 100;

  private final PermitEndorsement endorsement;
  private final PermitRepository permits;
  private final IdempotencyKeys idempotency;

  EndorsementController(
      PermitEndorsement endorsement, PermitRepository permits, IdempotencyKeys idempotency) {
    this.endorsement = endorsement;
    this.permits = permits;
    this.idempotency = idempotency;
  }

  /** What the customs officer states; lines numbered from 1 in the permit's order. */
  record EndorsementBody(
      @NotEmpty @Size(max = 100) List<@Valid @NotNull LineBody> lines,
      @NotBlank @Size(max = 200) String borderCrossing,
      @NotNull LocalDate endorsedOn,
      @NotBlank @Size(max = 64) String declarationNumber) {

    EndorsementRequest request() {
      return new EndorsementRequest(
          lines.stream().map(LineBody::requested).toList(),
          borderCrossing,
          endorsedOn,
          declarationNumber);
    }
  }

  /** Box 14 as endorsed, with the signed endorsement (compact JWS). */
  @NullMarked
  record EndorsementView(
      String permitNumber,
      String permitStatus,
      List<ConsignmentLine> lines,
      String borderCrossing,
      LocalDate endorsedOn,
      String declarationNumber,
      @Nullable String endorsedBy,
      Instant endorsedAt,
      @Nullable String document) {

    static EndorsementView of(Permit permit) {
      Endorsement e = permit.endorsement();
      return new EndorsementView(
          permit.number(),
          permit.status().name(),
          e.lines(),
          e.borderCrossing(),
          e.endorsedOn(),
          e.declarationNumber(),
          e.endorsedByName(),
          e.endorsedAt(),
          permit.endorsementDocument());
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @ProblemResponses({
    ApiProblem.VALIDATION,
    ApiProblem.MALFORMED_BODY,
    ApiProblem.NOT_FOUND,
    ApiProblem.PERMIT_ALREADY_ENDORSED,
    ApiProblem.PERMIT_NOT_ENDORSABLE,
    ApiProblem.IDEMPOTENCY_KEY_IN_USE,
    ApiProblem.IDEMPOTENCY_KEY_REUSED,
    ApiProblem.ENDORSEMENT_NOT_ON_PERMIT,
    ApiProblem.ENDORSED_QUANTITY_EXCEEDS_PERMIT,
    ApiProblem.ENDORSEMENT_DATE_OUTSIDE_VALIDITY,
    ApiProblem.OFFICER_SIGNATURE_REFUSED,
    ApiProblem.SIGNATURE_SERVICE_UNAVAILABLE
  })
  @Operation(
      operationId = "endorsePermit",
      summary = "Endorse a valid permit at the border (customs)",
      description =
          "Box 14: the quantity actually shipped per line (lines numbered from 1 in the permit's"
              + " order; a line left out was not shipped), the border crossing, the date and the"
              + " customs declaration. At most the permit's quantity per line; the date within the"
              + " permit's validity and not in the future. Signed with the customs officer's own"
              + " EDS (the NCA's remote signing with the officer's token); the permit becomes USED"
              + " and PermitEndorsed is published. A permit covers one consignment: a second"
              + " endorsement is 409 permit-already-endorsed, an expired or cancelled permit 409"
              + " permit-not-endorsable. With an Idempotency-Key a retry after a timeout gets the"
              + " first answer (201) instead of 409 permit-already-endorsed.")
  ResponseEntity<EndorsementView> endorse(
      @Parameter(
              description = "The permit number: 2 digits of the year, KZ, 6 digits",
              example = "26KZ000001")
          @PathVariable
          String number,
      @Valid @RequestBody EndorsementBody body,
      @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey,
      Authentication authentication) {
    IdempotentRequest once =
        idempotency.request(
            idempotencyKey, CurrentUser.of(authentication), "endorsePermit " + number, body);
    return idempotency.execute(
        once,
        () -> {
          Permit permit =
              endorsement.endorse(number, body.request(), SigningOfficers.of(authentication));
          return ResponseEntity.created(URI.create("/api/v1/permits/" + number + "/endorsements"))
              .body(EndorsementView.of(permit));
        });
  }

  @GetMapping
  @Transactional(readOnly = true)
  @ProblemResponses({ApiProblem.VALIDATION, ApiProblem.NOT_FOUND})
  @Paged(maxSize = MAX_PAGE_SIZE)
  @Operation(
      operationId = "listPermitEndorsements",
      summary = "The permit's customs endorsement, if any",
      description =
          "An empty page while the permit is not endorsed (a permit is endorsed at most once). For the holder (as the permit itself),"
              + " officers, operators and customs; anyone else gets 404.")
  PageView<EndorsementView> read(
      @Parameter(
              description = "The permit number: 2 digits of the year, KZ, 6 digits",
              example = "26KZ000001")
          @PathVariable
          String number,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication authentication) {
    Paging paging = Paging.of(page, size, MAX_PAGE_SIZE, ApiProblem.BAD_PAGE);
    CurrentUser caller = CurrentUser.of(authentication);
    Permit permit =
        permits
            .findByNumber(number)
            .filter(p -> PermitReaders.mayRead(caller, p))
            .orElseThrow(
                () -> ApiProblem.NOT_FOUND.detail("permit", number).with("number", number));
    return PageView.of(
        permit.endorsement() == null ? List.of() : List.of(EndorsementView.of(permit)), paging);
  }
}
