package kz.cites.permit.quotas.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import kz.cites.permit.quotas.ExportQuotas;
import kz.cites.permit.quotas.ExportQuotas.QuotaUsage;
import kz.cites.permit.quotas.domain.ExportQuota;
import kz.cites.permit.quotas.domain.QuotaChange;
import kz.cites.permit.quotas.domain.QuotaRequest;
import kz.cites.permit.quotas.domain.QuotaUse;
import kz.cites.permit.web.ApiProblem;
import kz.cites.permit.web.ProblemResponses;
import kz.cites.web.CurrentUser;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Export quotas: a {@code QUOTA_ADMIN} sets and changes them (each change audited), staff read how
 * much of each was used and by which permits (ADR 0016).
 */
@RestController
@RequestMapping("/api/v1/quotas")
@Tag(name = "Export quotas", description = "Annual export quotas and their use by export permits")
class QuotaController {

  private final ExportQuotas quotas;

  QuotaController(ExportQuotas quotas) {
    this.quotas = quotas;
  }

  /** A new quota. The codes are checked by the use case, so each wrong one is named. */
  record NewQuota(
      @NotNull @Schema(description = "Year of issue the quota is for", example = "2026")
          Integer year,
      @NotBlank
          @Size(max = 200)
          @Schema(
              description = "Scientific name as the CITES checklist writes it",
              example = "Falco cherrug")
          String taxon,
      @NotBlank @Schema(description = "CITES source code", example = "W") String sourceCode,
      @NotBlank @Schema(description = "CITES term code", example = "LIV") String termCode,
      @Schema(
              description = "CITES trade database unit; absent for a number of specimens",
              example = "KIL")
          String unitCode,
      @NotNull @Schema(description = "The quota, more than 0", example = "50") BigDecimal quantity,
      @Size(max = 500)
          @Schema(
              description = "What the quota was set from",
              example = "CITES Notification No. 2026/012")
          String basis) {}

  /** A change of a quota's quantity, unit or basis (the key stays). */
  record QuotaChangeBody(
      @NotNull @Schema(description = "The quota, more than 0", example = "60") BigDecimal quantity,
      @Schema(
              description = "CITES trade database unit; absent for a number of specimens",
              example = "KIL")
          String unitCode,
      @Size(max = 500) @Schema(description = "What the change was made from (kept if absent)")
          String basis) {}

  /**
   * A quota and its use: consumed (by permits not cancelled), remaining, the permits that took of
   * it; changes only when one quota is asked for.
   */
  @NullMarked
  record QuotaView(
      long id,
      int year,
      String taxon,
      String sourceCode,
      String termCode,
      @Nullable String unitCode,
      BigDecimal quantity,
      BigDecimal consumed,
      BigDecimal remaining,
      @Nullable String basis,
      String setBy,
      Instant setAt,
      List<QuotaUse> permits,
      @Nullable List<QuotaChange> changes) {

    static QuotaView of(QuotaUsage usage) {
      ExportQuota q = usage.quota();
      return new QuotaView(
          q.id(),
          q.year(),
          q.taxon(),
          q.sourceCode(),
          q.termCode(),
          q.unitCode(),
          q.quantity(),
          q.consumed(),
          q.remaining(),
          q.basis(),
          q.setBy(),
          q.setAt(),
          usage.uses() == null ? List.of() : usage.uses(),
          usage.changes());
    }

    static QuotaView of(ExportQuota quota, List<QuotaUse> uses) {
      return of(new QuotaUsage(quota, uses, null));
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @ProblemResponses({ApiProblem.VALIDATION, ApiProblem.MALFORMED_BODY, ApiProblem.QUOTA_EXISTS})
  @Operation(
      operationId = "createExportQuota",
      summary = "Set an export quota (quota administrator)",
      description =
          "A year's quota for a taxon (as the CITES checklist writes it), source and term, in a"
              + " unit of the CITES trade database or as a number of specimens. Issued export"
              + " permits of that year take from it (not re-exports or imports, ADR 0016); an"
              + " export beyond it is not issued but heard as a preliminary refusal on ground 2."
              + " Audited: who, when, the value and its basis. 409 quota-exists when the year,"
              + " taxon, source and term have one already.")
  ResponseEntity<QuotaView> create(@Valid @RequestBody NewQuota body, Authentication caller) {
    ExportQuota quota =
        quotas.create(
            new QuotaRequest(
                body.year(),
                body.taxon(),
                body.sourceCode(),
                body.termCode(),
                body.unitCode(),
                body.quantity(),
                body.basis()),
            CurrentUser.of(caller).iin());
    return ResponseEntity.created(URI.create("/api/v1/quotas/" + quota.id()))
        .body(QuotaView.of(quota, List.of()));
  }

  @PutMapping("/{id}")
  @ProblemResponses({
    ApiProblem.VALIDATION,
    ApiProblem.MALFORMED_BODY,
    ApiProblem.NOT_FOUND,
    ApiProblem.QUOTA_BELOW_CONSUMED,
    ApiProblem.QUOTA_UNIT_IN_USE
  })
  @Operation(
      operationId = "changeExportQuota",
      summary = "Change an export quota (quota administrator)",
      description =
          "A new quantity, unit or basis. Never below what issued permits have taken (409"
              + " quota-below-consumed); the unit only while nothing was taken (409"
              + " quota-unit-in-use). Audited with the old and the new value; an unchanged quota"
              + " adds no entry.")
  QuotaView change(
      @Parameter(description = "The quota's id", example = "7") @PathVariable long id,
      @Valid @RequestBody QuotaChangeBody body,
      Authentication caller) {
    quotas.change(id, body.quantity(), body.unitCode(), body.basis(), CurrentUser.of(caller).iin());
    return QuotaView.of(quotas.one(id));
  }

  @GetMapping
  @ProblemResponses({ApiProblem.VALIDATION})
  @Operation(
      operationId = "listExportQuotas",
      summary = "The export quotas of a year with their use",
      description =
          "Every quota of the year: the quota, consumed (by permits not cancelled), remaining and"
              + " the permit lines that took from it (a cancelled permit's with returnedAt).")
  List<QuotaView> list(
      @Parameter(description = "Year of issue", example = "2026") @RequestParam int year) {
    return quotas.ofYear(year).stream().map(QuotaView::of).toList();
  }

  @GetMapping("/{id}")
  @ProblemResponses({ApiProblem.VALIDATION, ApiProblem.NOT_FOUND})
  @Operation(
      operationId = "getExportQuota",
      summary = "One export quota with its use and its audit trail",
      description =
          "As in the list, with changes: who set or changed it, when, the old and new quantity"
              + " and unit, and the basis.")
  QuotaView one(@Parameter(description = "The quota's id", example = "7") @PathVariable long id) {
    return QuotaView.of(quotas.one(id));
  }
}
