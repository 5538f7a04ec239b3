package kz.cites.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.PaymentReceipt;
import kz.cites.events.VerificationCompleted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Late payments, the grace period and the gateway's push notifications. Registered Thursday 26 Mar
 * 2026, a late payment counts until the end of Friday 27 Mar (17:30 Almaty = 12:30Z).
 */
class PaymentSettlementIntegrationTest extends FeeIntegrationTestSupport {

  static final LocalDate REGISTERED = LocalDate.of(2026, 3, 26);
  static final Instant DURING_REGISTRATION_DAY = Instant.parse("2026-03-26T06:00:00Z");
  static final Instant GRACE_END = Instant.parse("2026-03-27T12:30:00Z");

  @BeforeEach
  void registrationDay() {
    clock.set(DURING_REGISTRATION_DAY);
  }

  @Test
  void anUnpaidDutyIsRejectedOnlyWhenTheGracePeriodEndsAndOnlyOnce() throws Exception {
    UUID app = UUID.randomUUID();
    recordProcessed(submitted(app, APPLICANT, REGISTERED));
    VerificationCompleted unpaid = verified(app);
    record(unpaid);
    awaitProcessed(unpaid.eventId());
    awaitFeeEvents(app, "FeeAssessed");
    mvc.perform(get("/api/v1/fees/{id}", app).with(user(APPLICANT, "APPLICANT")))
        .andExpect(jsonPath("$.status").value("ASSESSED"))
        .andExpect(jsonPath("$.graceEndsAt").value("2026-03-27T12:30:00Z"));

    clock.set(GRACE_END.minusSeconds(1));
    graceExpiry.closeExpired();
    assertThat(outboxTypes(app)).containsExactly("FeeAssessed");

    clock.set(GRACE_END);
    graceExpiry.closeExpired();
    awaitFeeEvents(app, "FeeAssessed", "FeeRejected");
    assertThat(event(app, "FeeRejected").get("reason").asString()).isEqualTo("UNPAID");

    // too late: the receipt is kept for reconciliation, the outcome does not change
    notifyPayment(
            notificationBody(
                "N-LATE-" + app, APPLICANT, "8650.00", GRACE_END.plusSeconds(60), app.toString()))
        .andExpect(status().isOk());
    clock.set(GRACE_END.plusSeconds(3600));
    graceExpiry.closeExpired();
    assertThat(outboxTypes(app)).containsExactlyInAnyOrder("FeeAssessed", "FeeRejected");
  }

  @Test
  void anUnderpaymentToppedUpByANotificationWithinTheGracePeriodConfirms() throws Exception {
    UUID app = UUID.randomUUID();
    recordProcessed(submitted(app, APPLICANT, REGISTERED));
    VerificationCompleted partly = verified(app, paid("R-P1", APPLICANT, "4000.00", app));
    record(partly);
    awaitProcessed(partly.eventId());
    assertThat(outboxTypes(app)).containsExactly("FeeAssessed");

    clock.set(GRACE_END.minusSeconds(600));
    notifyPayment(
            notificationBody("N-P2-" + app, APPLICANT, "4650.00", clock.instant(), app.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.applicationId").value(app.toString()));

    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");
    assertThat(event(app, "FeeConfirmed").get("receipts")).hasSize(2);
    clock.set(GRACE_END.plusSeconds(60));
    graceExpiry.closeExpired();
    assertThat(outboxTypes(app)).containsExactlyInAnyOrder("FeeAssessed", "FeeConfirmed");
  }

  @Test
  void aSecondVerificationWithinTheGracePeriodShowingTheLatePaymentConfirms() {
    UUID app = UUID.randomUUID();
    recordProcessed(submitted(app, APPLICANT, REGISTERED));
    VerificationCompleted first = verified(app);
    record(first);
    awaitProcessed(first.eventId());

    clock.set(GRACE_END.minusSeconds(60));
    record(verified(app, paid("R-V2", APPLICANT, "8650.00", app)));

    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");
  }

  @Test
  void anUnderpaymentIsRejectedAsUnderpaidAtTheEndOfTheGracePeriod() {
    UUID app = UUID.randomUUID();
    recordProcessed(submitted(app, APPLICANT, REGISTERED));
    VerificationCompleted partly = verified(app, paid("R-U1", APPLICANT, "8649.99", app));
    record(partly);
    awaitProcessed(partly.eventId());

    clock.set(GRACE_END);
    graceExpiry.closeExpired();

    awaitFeeEvents(app, "FeeAssessed", "FeeRejected");
    var rejected = event(app, "FeeRejected");
    assertThat(rejected.get("reason").asString()).isEqualTo("UNDERPAID");
    assertThat(rejected.get("paid").decimalValue()).isEqualByComparingTo("8649.99");
  }

  @Test
  void aNotificationBeforeTheSubmissionConfirmsAnOverpaymentOnSubmission() throws Exception {
    UUID app = UUID.randomUUID();
    // the applicant pays on the portal before signing and submitting
    notifyPayment(
            notificationBody("N-O1-" + app, APPLICANT, "9000.00", clock.instant(), app.toString()))
        .andExpect(status().isOk());
    assertThat(outboxTypes(app)).isEmpty();

    recordProcessed(submitted(app, APPLICANT, REGISTERED));
    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");
    assertThat(event(app, "FeeConfirmed").get("receipts").get(0).get("amount").decimalValue())
        .isEqualByComparingTo("9000.00");

    // the verification reports the same receipt afterwards: nothing changes
    VerificationCompleted later =
        verified(
            app,
            new PaymentReceipt(
                "N-O1-" + app,
                APPLICANT,
                new BigDecimal("9000.00"),
                clock.instant(),
                app.toString()));
    record(later);
    awaitProcessed(later.eventId());
    assertThat(outboxTypes(app)).containsExactlyInAnyOrder("FeeAssessed", "FeeConfirmed");
  }

  @Test
  void theSameNotificationTwiceGetsTheSameAnswerAndHasOneEffect() throws Exception {
    UUID app = UUID.randomUUID();
    recordProcessed(submitted(app, APPLICANT, REGISTERED));
    awaitFeeEvents(app, "FeeAssessed");
    String body =
        notificationBody("N-D1-" + app, APPLICANT, "8650.00", clock.instant(), app.toString());

    String first =
        notifyPayment(body)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    clock.set(clock.instant().plusSeconds(30));
    notifyPayment(body).andExpect(status().isOk()).andExpect(content().json(first, true));

    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");
    assertThat(
            jdbc.sql("select count(*) from payment_notification where receipt_number = :n")
                .param("n", "N-D1-" + app)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // the same receipt number with another amount is not a repetition
    notifyPayment(
            notificationBody("N-D1-" + app, APPLICANT, "1.00", clock.instant(), app.toString()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/notification-conflict"))
        .andExpect(jsonPath("$.field").value("receiptNumber"));
    assertThat(outboxTypes(app)).containsExactlyInAnyOrder("FeeAssessed", "FeeConfirmed");
  }

  @Test
  void tamperedStaleOrUnsignedNotificationsAreRefusedWithoutEffect() throws Exception {
    UUID app = UUID.randomUUID();
    String number = "N-T1-" + app;
    String body = notificationBody(number, APPLICANT, "8650.00", clock.instant(), app.toString());
    long now = clock.instant().getEpochSecond();

    String tampered = body.replace("8650.00", "86500.00");
    notifyPayment(tampered, now, GATEWAY.sign(now, bytes(body)))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/notification-signature"));
    notifyPayment(body, now + 1, GATEWAY.sign(now, bytes(body)))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/notification-signature"));
    long sixMinutesAgo = now - 360;
    notifyPayment(body, sixMinutesAgo, GATEWAY.sign(sixMinutesAgo, bytes(body)))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/notification-stale"));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(NOTIFICATIONS)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isUnauthorized());
    // signed correctly but invalid content: a validation problem naming the field
    String noPayer = body.replace(APPLICANT, "12345");
    notifyPayment(noPayer)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("payerId"));
    // a NUL character in a text field (PostgreSQL could not store it): the field is named
    notifyPayment(body.replace("\"reference\": \"", "\"reference\": \"ref\\u0000"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(jsonPath("$.field").value("reference"))
        .andExpect(jsonPath("$.errors[0].rule").value("NoNulCharacter"));

    assertThat(
            jdbc.sql("select count(*) from payment_notification where receipt_number = :n")
                .param("n", number)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aReceiptThatPaidForOneApplicationCannotPayForASecond() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    String number = "R-REUSED-" + first;
    record(submitted(first, APPLICANT, REGISTERED));
    record(
        verified(
            first,
            new PaymentReceipt(
                number, APPLICANT, new BigDecimal("8650.00"), clock.instant(), first.toString())));
    awaitFeeEvents(first, "FeeAssessed", "FeeConfirmed");

    // the same receipt number shows up for the applicant's second application
    record(submitted(second, APPLICANT, REGISTERED));
    VerificationCompleted reused =
        verified(
            second,
            new PaymentReceipt(
                number, APPLICANT, new BigDecimal("8650.00"), clock.instant(), second.toString()));
    record(reused);
    awaitProcessed(reused.eventId());
    clock.set(GRACE_END);
    graceExpiry.closeExpired();

    awaitFeeEvents(second, "FeeAssessed", "FeeRejected");
    assertThat(event(second, "FeeRejected").get("reason").asString()).isEqualTo("UNPAID");
    assertThat(event(second, "FeeRejected").get("paid").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void anAssessmentMadeLateStillGivesTheApplicantAFullWorkingDay() {
    UUID app = UUID.randomUUID();
    VerificationCompleted verified = verified(app);
    record(verified);
    awaitProcessed(verified.eventId());

    // the submission is processed only after the registration-based grace end (e.g. an outage):
    // the grace runs to the end of the next working day after the assessment, Monday 30 Mar
    clock.set(GRACE_END.plusSeconds(1));
    ApplicationSubmitted submitted = submitted(app, APPLICANT, REGISTERED);
    record(submitted);
    awaitFeeEvents(app, "FeeAssessed");

    clock.set(Instant.parse("2026-03-30T12:29:59Z"));
    graceExpiry.closeExpired();
    assertThat(outboxTypes(app)).containsExactly("FeeAssessed");
    clock.set(Instant.parse("2026-03-30T12:30:00Z"));
    graceExpiry.closeExpired();
    awaitFeeEvents(app, "FeeAssessed", "FeeRejected");
  }

  private PaymentReceipt paid(String number, String payer, String amount, UUID app) {
    return new PaymentReceipt(
        number + "-" + app, payer, new BigDecimal(amount), clock.instant(), app.toString());
  }

  // --- the MCI of the day of payment

  /** 23:30 on Wed 31 Dec 2025 in Almaty. */
  static final Instant NEW_YEARS_EVE = Instant.parse("2025-12-31T18:30:00Z");

  /** Signed at 23:40 on 31 Dec, after 18:00 before four days off: registered Mon 5 Jan 2026. */
  static final Instant SIGNED_ON_NEW_YEARS_EVE = Instant.parse("2025-12-31T18:40:00Z");

  static final LocalDate FIRST_WORKING_DAY_2026 = LocalDate.of(2026, 1, 5);

  @Test
  void aDutyPaidOnNewYearsEveAtThe2025AmountIsPaidInFullThoughRegisteredIn2026() throws Exception {
    UUID app = UUID.randomUUID();
    clock.set(NEW_YEARS_EVE.plusSeconds(5));
    notifyPayment(
            notificationBody("N-NY1-" + app, APPLICANT, "7864.00", NEW_YEARS_EVE, app.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.match").value("REFERENCE"));

    recordProcessed(
        submitted(
            app,
            APPLICANT,
            "Абенова Айгерим Сериковна",
            FIRST_WORKING_DAY_2026,
            SIGNED_ON_NEW_YEARS_EVE));

    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");
    // assessed as a payment on the registration date would owe, paid in full at the 2025 MCI
    assertThat(event(app, "FeeAssessed").get("amount").decimalValue())
        .isEqualByComparingTo("8650.00");
    var confirmed = event(app, "FeeConfirmed");
    assertThat(confirmed.get("amount").decimalValue()).isEqualByComparingTo("7864.00");
    assertThat(confirmed.get("mciYear").asInt()).isEqualTo(2025);
    assertThat(confirmed.get("mciValue").decimalValue()).isEqualByComparingTo("3932.00");
    assertThat(confirmed.get("paidOn").asString()).isEqualTo("2025-12-31");
    mvc.perform(get("/api/v1/fees/{id}", app).with(user(APPLICANT, "APPLICANT")))
        .andExpect(jsonPath("$.status").value("CONFIRMED"))
        .andExpect(jsonPath("$.amount").value(8650.00))
        .andExpect(jsonPath("$.appliedAmount").value(7864.00))
        .andExpect(jsonPath("$.appliedMciYear").value(2025))
        .andExpect(jsonPath("$.paidOn").value("2025-12-31"))
        .andExpect(jsonPath("$.paid").value(7864.00));
  }

  @Test
  void anHourLaterItIs2026InAlmatyAndThe2025AmountIsAnUnderpayment() throws Exception {
    UUID app = UUID.randomUUID();
    Instant afterMidnight = Instant.parse("2025-12-31T19:30:00Z");
    clock.set(afterMidnight.plusSeconds(5));
    notifyPayment(
            notificationBody("N-NY2-" + app, APPLICANT, "7864.00", afterMidnight, app.toString()))
        .andExpect(status().isOk());
    recordProcessed(
        submitted(
            app,
            APPLICANT,
            "Абенова Айгерим Сериковна",
            FIRST_WORKING_DAY_2026,
            afterMidnight.plusSeconds(600)));
    VerificationCompleted evidence = verified(app);
    record(evidence);
    awaitProcessed(evidence.eventId());
    awaitFeeEvents(app, "FeeAssessed");

    // the grace ends Tue 6 Jan 2026 17:30 Almaty
    clock.set(Instant.parse("2026-01-06T12:30:00Z"));
    graceExpiry.closeExpired();

    awaitFeeEvents(app, "FeeAssessed", "FeeRejected");
    var rejected = event(app, "FeeRejected");
    assertThat(rejected.get("reason").asString()).isEqualTo("UNDERPAID");
    assertThat(rejected.get("amount").decimalValue()).isEqualByComparingTo("8650.00");
    assertThat(rejected.get("paid").decimalValue()).isEqualByComparingTo("7864.00");
    assertThat(rejected.get("mciYear").asInt()).isEqualTo(2026);
    assertThat(rejected.get("paidOn").asString()).isEqualTo("2026-01-01");
  }
}
