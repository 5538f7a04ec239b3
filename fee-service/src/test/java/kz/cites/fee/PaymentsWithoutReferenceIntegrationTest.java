package kz.cites.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.cites.events.VerificationCompleted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Payments in cash or by bank transfer, which carry no reference: matched on payer, amount and
 * date; one candidate confirms, several wait for an officer, none stays unmatched. Each test has a
 * payer of its own (the tests share one database). Registered Thursday 26 Mar 2026, the grace
 * period ends Friday 27 Mar 17:30 Almaty (12:30Z).
 */
class PaymentsWithoutReferenceIntegrationTest extends FeeIntegrationTestSupport {

  static final LocalDate REGISTERED = LocalDate.of(2026, 3, 26);
  static final Instant REGISTRATION_DAY = Instant.parse("2026-03-26T06:00:00Z");
  static final Instant GRACE_END = Instant.parse("2026-03-27T12:30:00Z");
  static final String OFFICER = "860606407353";
  static final String WAITING = "/api/v1/fees/receipts/unassigned";

  String payer;

  @BeforeEach
  void ownPayer() {
    payer = freshPayer();
    clock.set(REGISTRATION_DAY);
  }

  @Test
  void aBankPaymentWithoutReferenceConfirmsTheOnlyApplicationItFits() throws Exception {
    UUID app = UUID.randomUUID();
    recordProcessed(
        submitted(app, payer, "Абенова Айгерим Сериковна", REGISTERED, REGISTRATION_DAY));
    awaitFeeEvents(app, "FeeAssessed");
    String number = "PG-260326-" + app.toString().substring(0, 8);
    String body = notificationWithoutReference(number, payer, "8650.00", clock.instant());

    String first =
        notifyPayment(body)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.match").value("MATCHED"))
            .andExpect(jsonPath("$.applicationId").value(app.toString()))
            .andReturn()
            .getResponse()
            .getContentAsString();

    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");
    var confirmed = event(app, "FeeConfirmed");
    assertThat(confirmed.get("receipts").get(0).get("receiptNumber").asString()).isEqualTo(number);
    assertThat(confirmed.get("receipts").get(0).get("reference").isNull()).isTrue();
    assertThat(confirmed.get("mciYear").asInt()).isEqualTo(2026);
    mvc.perform(get("/api/v1/fees/{id}", app).with(user(payer, "APPLICANT")))
        .andExpect(jsonPath("$.status").value("CONFIRMED"))
        .andExpect(jsonPath("$.receipts[0].matchedBy").value("PAYER_AMOUNT_DATE"))
        .andExpect(jsonPath("$.receipts[0].reference").value(nullValue()))
        .andExpect(jsonPath("$.receipts[0].counted").value(true));

    // the gateway delivers it again: the same answer, nothing more happens
    clock.set(clock.instant().plusSeconds(30));
    notifyPayment(body).andExpect(status().isOk()).andExpect(content().json(first, true));
    // a blank reference is no reference either, and the same content
    notifyPayment(body.replace("}", ", \"reference\": \"  \"}"))
        .andExpect(status().isOk())
        .andExpect(content().json(first, true));
    assertThat(outboxTypes(app)).containsExactlyInAnyOrder("FeeAssessed", "FeeConfirmed");
  }

  @Test
  void aPaymentThatFitsTwoApplicationsWaitsForAnOfficerAndNeitherIsRejectedMeanwhile()
      throws Exception {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    recordProcessed(submitted(first, payer, "Дала Фауна Трейд", REGISTERED, REGISTRATION_DAY));
    recordProcessed(submitted(second, payer, "Дала Фауна Трейд", REGISTERED, REGISTRATION_DAY));
    awaitFeeEvents(first, "FeeAssessed");
    awaitFeeEvents(second, "FeeAssessed");
    VerificationCompleted firstEvidence = verified(first);
    VerificationCompleted secondEvidence = verified(second);
    record(firstEvidence);
    record(secondEvidence);
    awaitProcessed(firstEvidence.eventId());
    awaitProcessed(secondEvidence.eventId());
    String number = "PG-260326-A" + first.toString().substring(0, 7);

    notifyPayment(notificationWithoutReference(number, payer, "8650.00", clock.instant()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.match").value("AMBIGUOUS"))
        .andExpect(jsonPath("$.applicationId").value(nullValue()));

    waiting("AMBIGUOUS", OFFICER, "OFFICER")
        .andExpect(status().isOk())
        .andExpect(jsonPath(receipt(number) + ".status").value(hasItem("AMBIGUOUS")))
        .andExpect(jsonPath(receipt(number) + ".paidOn").value(hasItem("2026-03-26")))
        .andExpect(jsonPath(receipt(number) + ".dutyOnPaymentDay").value(hasItem(8650.00)))
        .andExpect(
            jsonPath(receipt(number) + ".candidates[*].applicationId")
                .value(containsInAnyOrder(first.toString(), second.toString())));

    // the grace ends: an officer has not chosen yet, so neither duty is rejected as unpaid
    clock.set(GRACE_END);
    graceExpiry.closeExpired();
    assertThat(outboxTypes(first)).containsExactly("FeeAssessed");
    assertThat(outboxTypes(second)).containsExactly("FeeAssessed");

    clock.set(GRACE_END.plusSeconds(3600));
    String assigned =
        assign(number, first, OFFICER, "OFFICER")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("ASSIGNED"))
            .andExpect(jsonPath("$.applicationId").value(first.toString()))
            .andExpect(jsonPath("$.assignedBy").value(OFFICER))
            .andExpect(jsonPath("$.feeStatus").value("CONFIRMED"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    awaitFeeEvents(first, "FeeAssessed", "FeeConfirmed");

    // the same assignment again changes nothing; another application is a conflict
    assign(number, first, OFFICER, "OFFICER")
        .andExpect(status().isOk())
        .andExpect(content().json(assigned, true));
    assign(number, second, OFFICER, "OFFICER")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/receipt-already-assigned"))
        .andExpect(jsonPath("$.field").value("receiptNumber"))
        .andExpect(jsonPath("$.applicationId").value(first.toString()));
    mvc.perform(get("/api/v1/fees/{id}", first).with(user(OFFICER, "OFFICER")))
        .andExpect(jsonPath("$.receipts[0].matchedBy").value("OFFICER"));

    // the second application is no candidate of a waiting payment any more: its grace has ended
    graceExpiry.closeExpired();
    awaitFeeEvents(second, "FeeAssessed", "FeeRejected");
    assertThat(event(second, "FeeRejected").get("reason").asString()).isEqualTo("UNPAID");
    assertThat(outboxTypes(first)).containsExactlyInAnyOrder("FeeAssessed", "FeeConfirmed");
  }

  @Test
  void aPaymentThatFitsNothingStaysUnmatchedAndTheDutyUnpaid() throws Exception {
    UUID app = UUID.randomUUID();
    recordProcessed(
        submitted(app, payer, "Серикбаев Ерлан Маратович", REGISTERED, REGISTRATION_DAY));
    VerificationCompleted evidence = verified(app);
    record(evidence);
    awaitProcessed(evidence.eventId());
    awaitFeeEvents(app, "FeeAssessed");
    String number = "PG-260326-P" + app.toString().substring(0, 7);

    // cash for part of the duty: it cannot be attributed by itself
    notifyPayment(notificationWithoutReference(number, payer, "4325.00", clock.instant()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.match").value("UNMATCHED"))
        .andExpect(jsonPath("$.applicationId").value(nullValue()));
    waiting(null, "921212308469", "OPERATOR")
        .andExpect(status().isOk())
        .andExpect(jsonPath(receipt(number) + ".status").value(hasItem("UNMATCHED")));

    clock.set(GRACE_END);
    graceExpiry.closeExpired();
    awaitFeeEvents(app, "FeeAssessed", "FeeRejected");
    assertThat(event(app, "FeeRejected").get("reason").asString()).isEqualTo("UNPAID");

    mvc.perform(
            get("/api/v1/fees/reconciliation")
                .param("from", "2026-03-26")
                .param("to", "2026-03-26")
                .with(user(OFFICER, "OFFICER")))
        .andExpect(
            jsonPath("$.unmatchedReceipts[?(@.receiptNumber == '" + number + "')].reason")
                .value(hasItem("NO_REFERENCE")));
    // decided: the officer cannot reopen it with this receipt
    assign(number, app, OFFICER, "OFFICER")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/receipt-not-assignable"))
        .andExpect(jsonPath("$.field").value("applicationId"))
        .andExpect(jsonPath("$.reason").value("FEE_DECIDED"));
  }

  @Test
  void cashPaidOnNewYearsEveBeforeSubmittingIsMatchedWhenTheApplicationIsAssessed()
      throws Exception {
    UUID app = UUID.randomUUID();
    // 23:30 on 31 Dec 2025 in Almaty: 7,864 tenge in cash, the duty of that day
    Instant paidAt = Instant.parse("2025-12-31T18:30:00Z");
    clock.set(paidAt.plusSeconds(60));
    String number = "PG-251231-" + app.toString().substring(0, 8);
    notifyPayment(notificationWithoutReference(number, payer, "7864.00", paidAt))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.match").value("UNMATCHED"));

    // signed at 23:40, registered on the first working day of 2026
    recordProcessed(
        submitted(
            app,
            payer,
            "Абенова Айгерим Сериковна",
            LocalDate.of(2026, 1, 5),
            Instant.parse("2025-12-31T18:40:00Z")));

    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");
    var confirmed = event(app, "FeeConfirmed");
    assertThat(confirmed.get("amount").decimalValue()).isEqualByComparingTo("7864.00");
    assertThat(confirmed.get("mciYear").asInt()).isEqualTo(2025);
    assertThat(confirmed.get("paidOn").asString()).isEqualTo("2025-12-31");
    assertThat(confirmed.get("receipts").get(0).get("receiptNumber").asString()).isEqualTo(number);
    // the gateway's answer to a repeat shows where the receipt went
    notifyPayment(notificationWithoutReference(number, payer, "7864.00", paidAt))
        .andExpect(jsonPath("$.match").value("MATCHED"))
        .andExpect(jsonPath("$.applicationId").value(app.toString()));
  }

  @Test
  void assignmentsThatCannotBeAreProblemsNamingTheField() throws Exception {
    UUID app = UUID.randomUUID();
    recordProcessed(submitted(app, payer, "Омарова Дана Болатовна", REGISTERED, REGISTRATION_DAY));
    awaitFeeEvents(app, "FeeAssessed");
    UUID othersApp = UUID.randomUUID();
    recordProcessed(
        submitted(othersApp, freshPayer(), "Касымов Тимур", REGISTERED, REGISTRATION_DAY));
    String number = "PG-260326-V" + app.toString().substring(0, 7);
    notifyPayment(notificationWithoutReference(number, payer, "100.00", clock.instant()))
        .andExpect(jsonPath("$.match").value("UNMATCHED"));

    assign(number, othersApp, OFFICER, "OFFICER")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.reason").value("OTHER_PAYER"));
    assign(number, UUID.randomUUID(), OFFICER, "OFFICER")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.reason").value("NO_APPLICATION"));
    mvc.perform(
            post("/api/v1/fees/receipts/{n}/assignment", number)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"applicationId\": \"not-a-uuid\"}")
                .with(user(OFFICER, "OFFICER")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(jsonPath("$.field").value("applicationId"));
    mvc.perform(
            post("/api/v1/fees/receipts/{n}/assignment", number)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .with(user(OFFICER, "OFFICER")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("applicationId"));
    assign("PG-000000-NOSUCH", app, OFFICER, "OFFICER")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("receiptNumber"));
    waiting("MATCHED", OFFICER, "OFFICER")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("status"));

    // roles: applicants see nothing of this, operators read but do not assign
    waiting(null, payer, "APPLICANT").andExpect(status().isForbidden());
    assign(number, app, "921212308469", "OPERATOR").andExpect(status().isForbidden());
    mvc.perform(get(WAITING)).andExpect(status().isUnauthorized());

    // nothing of the refused attempts stayed: the receipt still waits, the duty is unpaid
    waiting("UNMATCHED", OFFICER, "OFFICER")
        .andExpect(jsonPath(receipt(number) + ".status").value(hasItem("UNMATCHED")));
    assertThat(outboxTypes(app)).containsExactly("FeeAssessed");

    // a part payment assigned by the officer counts, but does not complete the duty
    assign(number, app, OFFICER, "OFFICER")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.feeStatus").value("ASSESSED"));
    mvc.perform(get("/api/v1/fees/{id}", app).with(user(payer, "APPLICANT")))
        .andExpect(jsonPath("$.paid").value(100.00));
  }

  @Test
  void theOpenApiDescribesTheNewOperationsAndProblems() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['" + WAITING + "'].get.responses['400']").exists())
        .andExpect(
            jsonPath(
                    "$.paths['/api/v1/fees/receipts/{receiptNumber}/assignment'].post.responses['422']"
                        + ".content['application/problem+json'].examples['receipt-not-assignable']")
                .exists())
        .andExpect(
            jsonPath(
                    "$.paths['/api/v1/fees/receipts/{receiptNumber}/assignment'].post"
                        + ".responses['409']")
                .exists())
        .andExpect(
            jsonPath(
                    "$.paths['/api/v1/fees/payment-notifications'].post.requestBody.content"
                        + "['application/json'].examples.cash")
                .exists())
        .andExpect(
            jsonPath("$.paths['/api/v1/fees/quote'].get.summary")
                .value("The duty if paid on a date"));
  }

  private static String receipt(String number) {
    return "$.items[?(@.receiptNumber == '" + number + "')]";
  }

  private ResultActions waiting(String statusFilter, String iin, String role) throws Exception {
    var request = get(WAITING).with(user(iin, role));
    if (statusFilter != null) {
      request = request.param("status", statusFilter);
    }
    return mvc.perform(request);
  }

  private ResultActions assign(String number, UUID app, String iin, String role) throws Exception {
    return mvc.perform(
        post("/api/v1/fees/receipts/{n}/assignment", number)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"applicationId\": \"" + app + "\"}")
            .with(user(iin, role)));
  }
}
