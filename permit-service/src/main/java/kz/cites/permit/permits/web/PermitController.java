package kz.cites.permit.permits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.permit.audit.AuditTrail;
import kz.cites.permit.permits.EPermitXml;
import kz.cites.permit.permits.EPermits;
import kz.cites.permit.permits.PermitCancellation;
import kz.cites.permit.permits.PermitPdf;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitDocument;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.signing.DocumentSigner;
import kz.cites.permit.signing.DocumentVerifier;
import kz.cites.permit.signing.domain.DocumentSignature;
import kz.cites.permit.signing.domain.DocumentSignatureRepository;
import kz.cites.permit.web.ApiProblem;
import kz.cites.permit.web.ProblemResponses;
import kz.cites.permit.web.SignedDocumentResponses;
import kz.cites.web.CurrentUser;
import kz.cites.web.PageView;
import kz.cites.web.Paged;
import kz.cites.web.Paging;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/permits")
@Tag(name = "Permits", description = "Issued CITES permits and re-export certificates")
class PermitController {

  /** The lists here are short by nature (one permit per application, a few audit entries). */
  private static final int MAX_PAGE_SIZE = 100;

  private final PermitRepository permits;
  private final SignedDocumentResponses documents;
  private final Clock clock;
  private final PermitCancellation cancellation;
  private final AuditTrail audit;
  private final PermitPdf pdfs;
  private final DocumentSignatureRepository signatures;
  private final DocumentVerifier verifier;
  private final EPermits epermits;

  PermitController(
      PermitRepository permits,
      SignedDocumentResponses documents,
      Clock clock,
      PermitCancellation cancellation,
      AuditTrail audit,
      PermitPdf pdfs,
      DocumentSignatureRepository signatures,
      DocumentVerifier verifier,
      EPermits epermits) {
    this.epermits = epermits;
    this.pdfs = pdfs;
    this.verifier = verifier;
    this.signatures = signatures;
    this.permits = permits;
    this.documents = documents;
    this.clock = clock;
    this.cancellation = cancellation;
    this.audit = audit;
  }

  /** A cancellation: why, for the applicant and the record. */
  record CancellationRequest(@NotBlank @Size(max = 2000) String reason) {}

  @GetMapping(
      value = "/{number}/document",
      produces = {
        SignedDocumentResponses.JOSE,
        SignedDocumentResponses.PKCS7_SIGNATURE,
        MediaType.APPLICATION_PDF_VALUE
      })
  @Transactional(readOnly = true)
  @ProblemResponses({ApiProblem.NOT_FOUND})
  @Operation(
      operationId = "downloadPermitDocument",
      summary = "The signed permit: compact JWS (ES256), its EDS signature (CMS) or PDF, by Accept",
      description =
          "The permit as canonical JSON (keys sorted, UTF-8) sealed at issue with the authority's"
              + " NCA certificate: a compact JWS whose x5c header chains to the NCA root (kid ="
              + " the certificate's serial, also in GET /api/v1/public/keys). With Accept:"
              + " application/pkcs7-signature the detached CMS over the same bytes (the JWS"
              + " payload) by who decided: the officer's own NCA certificate, or the authority's"
              + " for auto-approval (.p7s). With Accept: application/pdf the same content on the"
              + " CITES standard form (Res. Conf. 12.3 (Rev. CoP19), Annex 2), every box labelled"
              + " in Kazakh, Russian and English, with the issuing officer's name and signature"
              + " (box 13), the authority's seal (box 6) and a QR code of the public verification"
              + " address. Holder and staff only.")
  @ApiResponse(
      responseCode = "200",
      description =
          "The signed document in the representation Accept prefers (quality, then order):"
              + " application/jose (the default, also for */* or no Accept),"
              + " application/pkcs7-signature or application/pdf.",
      content = {
        @Content(
            mediaType = SignedDocumentResponses.JOSE,
            schema =
                @Schema(
                    type = "string",
                    format = "binary",
                    description =
                        "Compact JWS (RFC 7515) as ASCII text, ES256, header with kid and x5c"
                            + " (the seal's certificate and the NCA root); its payload is the"
                            + " canonical JSON of the document. A download like the others, so"
                            + " that a generated client saves it rather than parse it as JSON",
                    example =
                        "eyJ4NWMiOlsiTUlJQi4uLiJdLCJraWQiOiIxQTJCIiwiYWxnIjoiRVMyNTYifQ.eyJudW1iZXIiOiIyNktaMDAwMDAxIn0.MEUCIQ")),
        @Content(
            mediaType = SignedDocumentResponses.PKCS7_SIGNATURE,
            schema =
                @Schema(
                    type = "string",
                    format = "binary",
                    description =
                        "Detached CMS (.p7s, DER) over the JWS payload's bytes, by who decided")),
        @Content(
            mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema =
                @Schema(
                    type = "string",
                    format = "binary",
                    description = "The document as PDF, rendered from the signed payload"))
      })
  ResponseEntity<byte[]> document(
      @Parameter(
              description = "The permit number: 2 digits of the year, KZ, 6 digits",
              example = "26KZ000001")
          @PathVariable
          String number,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false)
          String accept,
      Authentication authentication) {
    Permit permit = readable(number, CurrentUser.of(authentication));
    Optional<DocumentSignature> signature =
        signatures.findByApplicationIdAndDocumentType(
            permit.applicationId(), DocumentSigner.PERMIT_TYPE);
    return documents.of(
        permit.document(),
        signature,
        accept,
        PermitDocument.class,
        (document, signer, keyId) ->
            pdfs.render(
                document,
                new PermitPdf.Signatures(
                    signer,
                    signer == null ? "JWS (ES256), key " + keyId : null,
                    verifier.sealerOf(permit.document()).orElse(null)),
                permit.endorsement()),
        "permit-" + permit.number());
  }

  @PostMapping("/{number}/cancellation")
  @ProblemResponses({
    ApiProblem.VALIDATION,
    ApiProblem.MALFORMED_BODY,
    ApiProblem.NOT_FOUND,
    ApiProblem.PERMIT_NOT_CANCELLABLE,
    ApiProblem.CONFLICT
  })
  @Operation(
      operationId = "cancelPermit",
      summary = "Cancel a valid permit (officer)",
      description =
          "Sets the status to CANCELLED with the reason and publishes PermitCancelled; what the"
              + " permit took from export quotas goes back to them in the same transaction. A"
              + " permit that is not valid any more (expired, used, cancelled) gives 409.")
  PermitView cancel(
      @Parameter(
              description = "The permit number: 2 digits of the year, KZ, 6 digits",
              example = "26KZ000001")
          @PathVariable
          String number,
      @Valid @RequestBody CancellationRequest request,
      Authentication authentication) {
    CurrentUser officer = CurrentUser.of(authentication);
    Permit permit = cancellation.cancel(number, officer.iin(), request.reason().trim());
    return view(officer, permit);
  }

  @GetMapping("/{number}/audit")
  @Transactional(readOnly = true)
  @ProblemResponses({ApiProblem.VALIDATION, ApiProblem.NOT_FOUND})
  @Paged(maxSize = MAX_PAGE_SIZE)
  @Operation(
      operationId = "getPermitAuditTrail",
      summary = "The permit's audit trail (staff)",
      description =
          "Who requested, checked, decided, issued and cancelled, and when, oldest first.")
  PageView<AuditTrail.Entry> auditTrail(
      @Parameter(
              description = "The permit number: 2 digits of the year, KZ, 6 digits",
              example = "26KZ000001")
          @PathVariable
          String number,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication authentication) {
    Paging paging = Paging.of(page, size, MAX_PAGE_SIZE, ApiProblem.BAD_PAGE);
    Permit permit = readable(number, CurrentUser.of(authentication));
    return PageView.of(audit.of(permit.applicationId()), paging);
  }

  private Permit readable(String number, CurrentUser caller) {
    return permits
        .findByNumber(number)
        .filter(permit -> mayRead(caller, permit))
        .orElseThrow(() -> ApiProblem.NOT_FOUND.detail("permit", number).with("number", number));
  }

  @GetMapping(
      value = "/{number}",
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE})
  @Transactional(readOnly = true)
  @ProblemResponses({ApiProblem.NOT_FOUND})
  @Operation(
      operationId = "getPermit",
      summary = "A permit with every form box, as JSON or as CITES e-permit XML",
      description =
          "For the holder and for officers, operators and customs: a company's permit for its"
              + " head and attorneys signed in for it (the token's bin), a person's for the person"
              + " signed in alone. Anyone else gets 404, as if it did not exist. With Accept:"
              + " application/xml the CITES electronic permit (the e-permitting toolkit 2.0's"
              + " UN/CEFACT message, ADR 0018), made from the signed permit; JSON is the default"
              + " (also for */* or no Accept).")
  @ApiResponse(
      responseCode = "200",
      description = "The permit in the representation Accept prefers",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = PermitView.class)),
        @Content(
            mediaType = MediaType.APPLICATION_XML_VALUE,
            schema =
                @Schema(
                    type = "string",
                    description =
                        "XML of root CITESEPermit in namespace "
                            + EPermitXml.NAMESPACE
                            + ", valid against CITES_EPermit_2.0_subset.xsd"))
      })
  ResponseEntity<?> byNumber(
      @Parameter(
              description = "The permit number: 2 digits of the year, KZ, 6 digits",
              example = "26KZ000001")
          @PathVariable
          String number,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false)
          String accept,
      Authentication authentication) {
    CurrentUser caller = CurrentUser.of(authentication);
    Permit permit = readable(number, caller);
    if (prefersXml(accept)) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(epermits.of(permit));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view(caller, permit));
  }

  /**
   * True when Accept ranks XML above JSON (quality, then order); JSON otherwise, also for a
   * wildcard or no Accept. Anything else was refused with 406 by the mapping's {@code produces}.
   */
  static boolean prefersXml(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> asked;
    try {
      asked = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
    } catch (org.springframework.http.InvalidMediaTypeException e) {
      return false;
    }
    asked.sort(
        java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()); // stable
    for (MediaType type : asked) {
      if (type.getQualityValue() == 0) {
        continue;
      }
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
        return false;
      }
      if (type.isCompatibleWith(MediaType.APPLICATION_XML)) {
        return true;
      }
    }
    return false;
  }

  @GetMapping
  @Transactional(readOnly = true)
  @ProblemResponses({ApiProblem.VALIDATION})
  @Paged(maxSize = MAX_PAGE_SIZE)
  @Operation(
      operationId = "findPermitsByApplication",
      summary = "The permit issued for an application",
      description =
          "An empty page while nothing is issued, or when the application is not the caller's.")
  PageView<PermitView> byApplication(
      @Parameter(
              description = "The application whose permit is asked for",
              example = "0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31")
          @RequestParam(required = false)
          String applicationId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication authentication) {
    Paging paging = Paging.of(page, size, MAX_PAGE_SIZE, ApiProblem.BAD_PAGE);
    CurrentUser caller = CurrentUser.of(authentication);
    List<Permit> readable =
        permits.findByApplicationId(applicationId(applicationId)).stream()
            .filter(permit -> mayRead(caller, permit))
            .toList();
    return PageView.of(readable, paging).map(permit -> view(caller, permit));
  }

  /** A missing or malformed id is the client's mistake: a 400 naming the parameter. */
  private static UUID applicationId(String value) {
    try {
      return UUID.fromString(value == null ? "" : value.trim());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.VALIDATION
          .detail("application-id")
          .with("field", "applicationId")
          .withError("applicationId", "TypeMismatch", "constraint.TypeMismatch", "UUID");
    }
  }

  private static boolean mayRead(CurrentUser caller, Permit permit) {
    return PermitReaders.mayRead(caller, permit);
  }

  private PermitView view(CurrentUser caller, Permit permit) {
    boolean withCode = caller.hasRole("OFFICER") || caller.party().mayAccess(permit.holder());
    return PermitView.of(permit, clock.instant(), withCode);
  }
}
