package kz.cites.permit.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.cites.permit.review.RefusalPdf;
import kz.cites.permit.review.domain.RefusalDocument;
import kz.cites.permit.review.domain.ReviewCase;
import kz.cites.permit.review.domain.ReviewCaseRepository;
import kz.cites.permit.signing.DocumentSigner;
import kz.cites.permit.signing.domain.DocumentSignatureRepository;
import kz.cites.permit.web.ApiProblem;
import kz.cites.permit.web.ProblemResponses;
import kz.cites.permit.web.SignedDocumentResponses;
import kz.cites.web.CurrentUser;
import kz.cites.web.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Review", description = "The officer queue and decisions")
class RefusalController {

  private final ReviewCaseRepository cases;
  private final SignedDocumentResponses documents;
  private final RefusalPdf pdfs;
  private final DocumentSignatureRepository signatures;

  RefusalController(
      ReviewCaseRepository cases,
      SignedDocumentResponses documents,
      RefusalPdf pdfs,
      DocumentSignatureRepository signatures) {
    this.cases = cases;
    this.documents = documents;
    this.pdfs = pdfs;
    this.signatures = signatures;
  }

  @GetMapping(
      value = "/api/v1/refusals/{applicationId}/document",
      produces = {
        SignedDocumentResponses.JOSE,
        SignedDocumentResponses.PKCS7_SIGNATURE,
        MediaType.APPLICATION_PDF_VALUE
      })
  @Transactional(readOnly = true)
  @ProblemResponses({ApiProblem.VALIDATION, ApiProblem.NOT_FOUND})
  @Operation(
      operationId = "downloadRefusalDocument",
      summary = "The signed refusal: compact JWS (ES256), its EDS signature (CMS) or PDF",
      description =
          "The reasoned refusal with its grounds and legal references, signed at the decision:"
              + " the authority's sealed JWS (x5c to the NCA root); with Accept:"
              + " application/pkcs7-signature the detached CMS over the same bytes by the"
              + " deciding officer's NCA certificate, or the authority's for an automatic refusal;"
              + " a letter as PDF, naming who signed, with Accept: application/pdf: in Kazakh and"
              + " Russian side by side (the authentic texts), followed by the English translation"
              + " when Accept-Language asks for English (Content-Language names the languages"
              + " printed). Every text it prints is in the signed payload's texts (kk, ru, en)."
              + " For whom the application was filed for (a company's head and attorneys signed"
              + " in for it, a person signed in alone) and staff; anyone else, or an application"
              + " that was not refused, gets 404.")
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
              description = "The application id (also the review case's)",
              example = "0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31")
          @PathVariable
          UUID applicationId,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false)
          String accept,
      @Parameter(hidden = true)
          @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
          String acceptLanguage,
      Authentication authentication) {
    CurrentUser caller = CurrentUser.of(authentication);
    ReviewCase refused =
        cases
            .findById(applicationId)
            .filter(c -> c.refusalDocument() != null)
            .filter(c -> caller.isStaff() || caller.party().mayAccess(c.filer()))
            .orElseThrow(
                () ->
                    ApiProblem.NOT_FOUND
                        .detail("refusal", applicationId)
                        .with("applicationId", applicationId));
    boolean english = Language.fromAcceptLanguage(acceptLanguage) == Language.EN;
    List<String> printed = new ArrayList<>();
    ResponseEntity<byte[]> response =
        documents.of(
            refused.refusalDocument(),
            signatures.findByApplicationIdAndDocumentType(
                applicationId, DocumentSigner.REFUSAL_TYPE),
            accept,
            RefusalDocument.class,
            (refusal, signer, keyId) -> {
              printed.addAll(
                  refusal.inEveryLanguage()
                      ? english ? RefusalDocument.LANGUAGES : List.of("kk", "ru")
                      : List.of("en"));
              return pdfs.render(refusal, signer, keyId, english);
            },
            null);
    if (printed.isEmpty()) {
      return response; // the JWS or the CMS: the same bytes whatever the language
    }
    return ResponseEntity.status(response.getStatusCode())
        .headers(response.getHeaders())
        .header(HttpHeaders.CONTENT_LANGUAGE, String.join(", ", printed))
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .body(response.getBody());
  }
}
