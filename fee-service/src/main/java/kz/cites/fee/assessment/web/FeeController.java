package kz.cites.fee.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.events.FeeRejected;
import kz.cites.fee.assessment.Fees;
import kz.cites.fee.assessment.domain.FeeCase;
import kz.cites.fee.assessment.domain.FeeStatus;
import kz.cites.fee.assessment.domain.MatchedBy;
import kz.cites.fee.assessment.domain.Receipt;
import kz.cites.fee.web.ApiProblem;
import kz.cites.fee.web.ProblemResponses;
import kz.cites.web.CurrentUser;
import kz.cites.web.Texts;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Fees", description = "State duty for CITES permits")
class FeeController {

  private final Fees fees;
  private final Texts texts;

  FeeController(Fees fees, Texts texts) {
    this.fees = fees;
    this.texts = texts;
  }

  /**
   * The duty of an application. {@code status} is ASSESSED, CONFIRMED or REJECTED; PENDING_TARIFF
   * while the MCI of the registration year is missing (amount fields are then null). {@code
   * graceEndsAt}: until when a late payment still counts; {@code paid}: what counted so far. The
   * assessed {@code amount} is the duty of a payment made on the registration date; a payment owes
   * the duty in force on the day it is made, and once decided {@code appliedAmount}, {@code
   * appliedMciYear}, {@code appliedMciValue} and {@code paidOn} say which duty that was.
   */
  @NullMarked
  record FeeView(
      UUID applicationId,
      @Nullable String payerId,
      @Nullable LocalDate registrationDate,
      FeeStatus status,
      @Schema(
              description =
                  "The assessed duty: multiplier x MCI of the registration year, i.e. what a"
                      + " payment made on the registration date owes",
              example = "8650.00")
          @Nullable BigDecimal amount,
      @Nullable String currency,
      @Nullable Integer mciYear,
      @Nullable BigDecimal mciValue,
      @Nullable Integer multiplier,
      @Schema(
              description =
                  "The provision of the Tax Code the duty is assessed under, in the caller's"
                      + " language (Accept-Language: kk, ru or en; Russian by default)",
              example =
                  "Налоговый кодекс Республики Казахстан (действует с 1 января 2026 года):"
                      + " государственная пошлина за выдачу разрешений на ввоз, вывоз и реэкспорт"
                      + " видов, подпадающих под действие СИТЕС, — 2 МРП")
          @Nullable String legalReference,
      @Nullable BigDecimal paid,
      @Nullable Instant graceEndsAt,
      FeeRejected.@Nullable Reason rejectionReason,
      @Schema(
              description =
                  "Once decided: the duty the payment was judged against, multiplier x MCI in"
                      + " force on paidOn (Tax Code: the MCI of the day of payment). Differs from"
                      + " amount when the applicant paid under another year's MCI, e.g. 7864.00"
                      + " paid on 31 Dec 2025 for an application registered on 5 Jan 2026. For"
                      + " UNPAID and PAID_BY_ANOTHER_PAYER the assessed amount",
              nullable = true,
              example = "7864.00")
          @Nullable BigDecimal appliedAmount,
      @Schema(
              description = "Once decided: the year of the MCI appliedAmount is based on",
              nullable = true,
              example = "2025")
          @Nullable Integer appliedMciYear,
      @Schema(description = "Once decided: that MCI", nullable = true, example = "3932.00")
          @Nullable BigDecimal appliedMciValue,
      @Schema(
              description =
                  "Once decided: the Kazakhstan (Asia/Almaty) date of the payment that completed"
                      + " the duty (CONFIRMED) or of the applicant's last payment (UNDERPAID); null"
                      + " when nothing counted",
              nullable = true,
              example = "2025-12-31")
          @Nullable LocalDate paidOn,
      List<ReceiptView> receipts) {}

  /** A receipt of the payment evidence; {@code counted} when it paid towards this duty. */
  @NullMarked
  record ReceiptView(
      String receiptNumber,
      String payerId,
      BigDecimal amount,
      @Nullable Instant paidAt,
      @Schema(
              description = "The application id the payer gave; null for cash or bank transfer",
              nullable = true)
          @Nullable String reference,
      boolean counted,
      @Schema(
              description =
                  "How a receipt without this application's reference came to it:"
                      + " PAYER_AMOUNT_DATE (a payment without reference matched on payer, amount"
                      + " and date), OFFICER (assigned by an officer); null when its reference is"
                      + " this application",
              nullable = true,
              example = "PAYER_AMOUNT_DATE")
          @Nullable MatchedBy matchedBy) {}

  @GetMapping("/api/v1/fees/{applicationId}")
  @ProblemResponses({ApiProblem.VALIDATION, ApiProblem.NOT_FOUND})
  @Operation(
      operationId = "getFee",
      summary = "The duty of an application and its payment status",
      description =
          "For whom the application was filed for, and for officers and operators: a company's"
              + " duty to its head and attorneys signed in for it (the token's bin), a person's to"
              + " the person signed in alone; 404 for anyone else and for an application not seen"
              + " yet.")
  FeeView fee(
      @Parameter(
              description = "The application id (the payment reference)",
              example = "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11")
          @PathVariable
          UUID applicationId,
      Authentication authentication) {
    CurrentUser caller = CurrentUser.of(authentication);
    FeeCase fee =
        fees.find(applicationId)
            .filter(f -> caller.isStaff() || caller.party().mayAccessFiledUnder(f.payerId()))
            .orElseThrow(() -> ApiProblem.NOT_FOUND.detail("fee", applicationId));
    return new FeeView(
        fee.applicationId(),
        fee.payerId(),
        fee.registrationDate(),
        fee.status(),
        fee.amount(),
        fee.currency(),
        fee.mciYear(),
        fee.mciValue(),
        fee.multiplier(),
        fee.legalReference() == null ? null : fee.legalReference().in(texts.answerLanguage().tag()),
        fee.paid(),
        fee.graceEndsAt().orElse(null),
        fee.rejectionReason().orElse(null),
        fee.appliedAmount(),
        fee.appliedMciYear(),
        fee.appliedMciValue(),
        fee.paidOn(),
        fee.receipts().stream().map(FeeController::view).toList());
  }

  private static ReceiptView view(Receipt r) {
    return new ReceiptView(
        r.receiptNumber(),
        r.payerId(),
        r.amount(),
        r.paidAt(),
        r.reference(),
        r.counted(),
        r.matchedBy());
  }
}
