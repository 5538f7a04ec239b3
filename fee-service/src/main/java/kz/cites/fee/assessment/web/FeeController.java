package kz.cites.fee.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
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
import kz.cites.fee.assessment.domain.Receipt;
import kz.cites.fee.web.ApiProblem;
import kz.cites.web.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Fees", description = "State duty for CITES permits")
class FeeController {

  private final Fees fees;

  FeeController(Fees fees) {
    this.fees = fees;
  }

  /**
   * The duty of an application. {@code status} is ASSESSED, CONFIRMED or REJECTED; PENDING_TARIFF
   * while the MCI of the registration year is missing (amount fields are then null). {@code
   * graceEndsAt}: until when a late payment still counts; {@code paid}: what counted so far.
   */
  record FeeView(
      UUID applicationId,
      String payerId,
      LocalDate registrationDate,
      FeeStatus status,
      BigDecimal amount,
      String currency,
      Integer mciYear,
      BigDecimal mciValue,
      Integer multiplier,
      String legalReference,
      BigDecimal paid,
      Instant graceEndsAt,
      FeeRejected.Reason rejectionReason,
      List<ReceiptView> receipts) {}

  /** A receipt of the payment evidence; {@code counted} when it paid towards this duty. */
  record ReceiptView(
      String receiptNumber,
      String payerId,
      BigDecimal amount,
      Instant paidAt,
      String reference,
      boolean counted) {}

  @GetMapping("/api/v1/fees/{applicationId}")
  @Operation(
      summary = "The duty of an application and its payment status",
      description =
          "For the applicant whose IIN/BIN is the payer, and for officers and operators;"
              + " 404 for anyone else and for an application not seen yet.")
  FeeView fee(@PathVariable UUID applicationId, Authentication authentication) {
    CurrentUser caller = CurrentUser.of(authentication);
    FeeCase fee =
        fees.find(applicationId)
            .filter(f -> caller.isStaff() || f.payableBy(caller.iin()) || f.payableBy(caller.bin()))
            .orElseThrow(
                () ->
                    ApiProblem.NOT_FOUND.exception(
                        "Fee of application " + applicationId + " not found"));
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
        fee.legalReference(),
        fee.paid(),
        fee.graceEndsAt().orElse(null),
        fee.rejectionReason().orElse(null),
        fee.receipts().stream().map(FeeController::view).toList());
  }

  private static ReceiptView view(Receipt r) {
    return new ReceiptView(
        r.receiptNumber(), r.payerId(), r.amount(), r.paidAt(), r.reference(), r.counted());
  }
}
