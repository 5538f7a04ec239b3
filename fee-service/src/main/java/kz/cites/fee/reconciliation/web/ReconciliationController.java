package kz.cites.fee.reconciliation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import kz.cites.fee.reconciliation.Reconciliation;
import kz.cites.fee.reconciliation.Reconciliation.Report;
import kz.cites.fee.web.ApiProblem;
import kz.cites.fee.web.ProblemResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Fees", description = "State duty for CITES permits")
class ReconciliationController {

  static final long MAX_DAYS = 366;

  private final Reconciliation reconciliation;

  ReconciliationController(Reconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  @GetMapping("/api/v1/fees/reconciliation")
  @ProblemResponses({ApiProblem.VALIDATION})
  @Operation(
      operationId = "getFeeReconciliation",
      summary = "Per-day reconciliation of duties and receipts (OPERATOR, OFFICER)",
      description =
          "Days are Kazakhstan local days, both ends included, at most 366. Per day: assessed,"
              + " confirmed, rejected (count and duty sum) and received (receipts by paid day);"
              + " plus the receipts of the period that match no application. 400 naming the"
              + " field when a date is missing, malformed or the range is wrong.")
  Report reconciliation(
      @Parameter(description = "First day, YYYY-MM-DD")
          @RequestParam
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(description = "Last day, YYYY-MM-DD")
          @RequestParam
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to) {
    if (to.isBefore(from)) {
      throw ApiProblem.invalidField("to", "Invalid", "field.to.before-from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw ApiProblem.invalidField("to", "Invalid", "field.to.too-far", MAX_DAYS);
    }
    return reconciliation.between(from, to);
  }
}
