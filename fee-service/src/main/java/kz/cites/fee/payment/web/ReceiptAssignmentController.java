package kz.cites.fee.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.cites.fee.assessment.domain.FeeStatus;
import kz.cites.fee.assessment.domain.PaymentCoverage;
import kz.cites.fee.payment.ReceiptMatching;
import kz.cites.fee.payment.ReceiptMatching.Assignment;
import kz.cites.fee.payment.ReceiptMatching.Waiting;
import kz.cites.fee.payment.domain.MatchStatus;
import kz.cites.fee.payment.domain.NotifiedReceipt;
import kz.cites.fee.web.ApiProblem;
import kz.cites.fee.web.ProblemResponses;
import kz.cites.web.CurrentUser;
import kz.cites.web.PageView;
import kz.cites.web.Paged;
import kz.cites.web.Paging;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receipts that pay for no application yet: payments without reference (cash, bank transfer) that
 * fitted several applications or none, and receipts whose reference names no application. Officers
 * list them and assign each to the application it pays for.
 */
@RestController
@Tag(
    name = "Payments without reference",
    description = "Cash and bank-transfer payments an officer attributes to an application")
class ReceiptAssignmentController {

  static final String WAITING = "/api/v1/fees/receipts/unassigned";

  private static final int MAX_PAGE_SIZE = 100;
  static final String ASSIGNMENT = "/api/v1/fees/receipts/{receiptNumber}/assignment";

  private static final String PROBLEM_JSON = "application/problem+json";

  private final ReceiptMatching matching;

  ReceiptAssignmentController(ReceiptMatching matching) {
    this.matching = matching;
  }

  @NullMarked
  record WaitingReceipt(
      @Schema(example = "PG-260105-55AA10FF") String receiptNumber,
      @Schema(description = "IIN or BIN of the payer", example = "811201401188") String payerId,
      @Schema(example = "8650.00") BigDecimal amount,
      @Schema(example = "2026-01-05T04:10:00Z") Instant paidAt,
      @Schema(
              description = "Kazakhstan (Asia/Almaty) date of the payment: its MCI fixes the duty",
              example = "2026-01-05")
          LocalDate paidOn,
      @Schema(
              description = "The reference the payer gave; null for cash or bank transfer",
              nullable = true,
              example = "null")
          @Nullable String reference,
      @Schema(
              description =
                  "AMBIGUOUS (no reference, several applications fit: choose one of the"
                      + " candidates), UNMATCHED (no reference, none fits: too little, outside the"
                      + " window, or the application is not assessed), UNKNOWN_REFERENCE (the"
                      + " reference is no application id)",
              example = "AMBIGUOUS")
          MatchStatus status,
      @Schema(
              description =
                  "The duty in force on paidOn (2 MCI of that day); null when the tariff has no"
                      + " MCI for that year",
              nullable = true,
              example = "8650.00")
          @Nullable BigDecimal dutyOnPaymentDay,
      @Schema(description = "When the gateway's notification arrived") Instant receivedAt,
      @Schema(
              description =
                  "The applications that fitted when the payment was matched (AMBIGUOUS), with"
                      + " their duty's status now; none of them is rejected as unpaid while the"
                      + " receipt waits")
          List<CandidateView> candidates) {}

  @NullMarked
  record CandidateView(
      @Schema(example = "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11") UUID applicationId,
      @Schema(description = "The duty's status now", example = "ASSESSED")
          @Nullable FeeStatus feeStatus) {}

  /** The assignment body. */
  record AssignmentRequest(
      @Schema(
              description = "The application the receipt pays for (its id, a UUID)",
              example = "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11")
          String applicationId) {}

  @NullMarked
  record AssignmentView(
      @Schema(example = "PG-260105-55AA10FF") String receiptNumber,
      @Schema(example = "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11") UUID applicationId,
      @Schema(
              description =
                  "ASSIGNED; MATCHED or REFERENCE when the receipt already paid for this"
                      + " application without an officer",
              example = "ASSIGNED")
          MatchStatus status,
      @Schema(description = "IIN of the officer who assigned it", example = "860606407353")
          @Nullable String assignedBy,
      @Nullable Instant assignedAt,
      @Schema(
              description =
                  "The application's duty after the assignment: CONFIRMED when the receipt"
                      + " completed it, ASSESSED when it is still short (or not yet assessed:"
                      + " PENDING_TARIFF)",
              example = "CONFIRMED")
          @Nullable FeeStatus feeStatus) {}

  @GetMapping(WAITING)
  @ProblemResponses({ApiProblem.VALIDATION})
  @Paged(maxSize = MAX_PAGE_SIZE)
  @Operation(
      operationId = "listUnassignedReceipts",
      summary = "Receipts that pay for no application yet (OFFICER, OPERATOR)",
      description =
          "Payments without reference that fitted several applications (AMBIGUOUS) or none"
              + " (UNMATCHED), and receipts whose reference is no application id"
              + " (UNKNOWN_REFERENCE), oldest payment first. status filters one kind; 400"
              + " .../validation naming status for any other value.")
  @ApiResponse(responseCode = "200", description = "A page of the receipts")
  PageView<WaitingReceipt> waiting(
      @Parameter(
              description = "Only this kind: AMBIGUOUS, UNMATCHED or UNKNOWN_REFERENCE",
              example = "AMBIGUOUS")
          @RequestParam(required = false)
          String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging paging = Paging.of(page, size, MAX_PAGE_SIZE, ApiProblem.BAD_PAGE);
    Set<MatchStatus> statuses = MatchStatus.AWAITING_OFFICER;
    if (status != null) {
      MatchStatus wanted =
          MatchStatus.AWAITING_OFFICER.stream()
              .filter(s -> s.name().equals(status.trim()))
              .findFirst()
              .orElseThrow(
                  () ->
                      ApiProblem.invalidField(
                          "status",
                          "Invalid",
                          "field.one-of",
                          "AMBIGUOUS, UNMATCHED, UNKNOWN_REFERENCE"));
      statuses = Set.of(wanted);
    }
    // an officer's work list: tens, not thousands (each waits for one decision), cut in memory
    return PageView.of(matching.waiting(statuses), paging).map(ReceiptAssignmentController::view);
  }

  @PostMapping(ASSIGNMENT)
  @ProblemResponses({
    ApiProblem.VALIDATION,
    ApiProblem.MALFORMED_BODY,
    ApiProblem.NOT_FOUND,
    ApiProblem.RECEIPT_ALREADY_ASSIGNED,
    ApiProblem.RECEIPT_NOT_ASSIGNABLE,
    ApiProblem.CONFLICT
  })
  @Operation(
      operationId = "assignReceipt",
      summary = "Assign a receipt to the application it pays for (OFFICER)",
      description =
          "For a receipt that pays for no application yet (AMBIGUOUS, UNMATCHED,"
              + " UNKNOWN_REFERENCE). The application must be submitted, its applicant must be the"
              + " payer, and its duty not decided yet; the receipt then counts like any of the"
              + " applicant's receipts (judged by the duty of its payment day) and confirms the"
              + " duty if it completes it (FeeConfirmed). Who assigned it and when is kept. The"
              + " same assignment again answers the same and changes nothing.")
  @ApiResponse(
      responseCode = "200",
      description = "Assigned (or already assigned to this application)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AssignmentView.class),
              examples =
                  @ExampleObject(
                      name = "assigned",
                      value =
                          """
                          {"receiptNumber": "PG-260105-55AA10FF",
                           "applicationId": "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11",
                           "status": "ASSIGNED", "assignedBy": "860606407353",
                           "assignedAt": "2026-01-05T06:00:00Z", "feeStatus": "CONFIRMED"}
                          """)))
  AssignmentView assign(
      @Parameter(description = "The gateway's receipt number", example = "PG-260105-55AA10FF")
          @PathVariable
          String receiptNumber,
      @RequestBody AssignmentRequest request,
      Authentication authentication) {
    UUID applicationId = applicationId(request);
    Assignment assignment =
        matching.assign(receiptNumber, applicationId, CurrentUser.of(authentication).iin());
    NotifiedReceipt receipt = assignment.receipt();
    return new AssignmentView(
        receipt.receiptNumber(),
        receipt.applicationId(),
        receipt.status(),
        receipt.assignedBy(),
        receipt.assignedAt(),
        assignment.feeStatus());
  }

  private static UUID applicationId(AssignmentRequest request) {
    String id = request == null ? null : request.applicationId();
    if (id != null && id.trim().length() == 36) {
      try {
        return UUID.fromString(id.trim());
      } catch (IllegalArgumentException e) {
        // named below
      }
    }
    throw ApiProblem.invalidField("applicationId", "Invalid", "field.application-id");
  }

  private static WaitingReceipt view(Waiting waiting) {
    NotifiedReceipt r = waiting.receipt();
    return new WaitingReceipt(
        r.receiptNumber(),
        r.payerId(),
        r.notification().amount(),
        r.notification().paidAt(),
        PaymentCoverage.dayOf(r.notification().paidAt()),
        r.notification().reference(),
        r.status(),
        waiting.dutyOnPaymentDay().orElse(null),
        r.receivedAt(),
        waiting.candidates().stream()
            .map(c -> new CandidateView(c.applicationId(), c.feeStatus()))
            .toList());
  }
}
