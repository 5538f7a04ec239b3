package kz.cites.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import kz.cites.access.ApiOwner;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.VerificationCompleted;
import kz.cites.testsupport.RouteCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The service on real PostgreSQL and Kafka: inputs go through the outbox relay onto the topics with
 * their CloudEvents headers, outputs are read back from {@code cites.fee.events}.
 */
/** Assessment, settlement by the verification's evidence, the quote and the pending tariff. */
class FeeServiceIntegrationTest extends FeeIntegrationTestSupport {
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlers;

  @Test
  void everyOperationHasItsLineInTheRouteTableAndEveryLineAnOperation() {
    assertThat(RouteCoverage.operationsWithoutARule(handlers, ApiOwner.FEE)).isEmpty();
    assertThat(RouteCoverage.rulesWithoutAnOperation(handlers, ApiOwner.FEE)).isEmpty();
  }

  @Test
  void submittedThenVerifiedConfirmsOnceAndRepeatsChangeNothing() throws Exception {
    UUID app = UUID.randomUUID();
    ApplicationSubmitted submitted = submitted(app, APPLICANT, IN_2026);
    VerificationCompleted verified = verified(app, receipt("R-A1", APPLICANT, "8650.00", app));

    record(submitted);
    record(verified);
    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");

    // the very same records again (a Kafka redelivery), then the same facts under new event ids
    redeliver(submitted.eventId());
    redeliver(verified.eventId());
    VerificationCompleted again = verified(app, receipt("R-A1", APPLICANT, "8650.00", app));
    record(submitted(app, APPLICANT, IN_2026));
    record(again);
    awaitProcessed(again.eventId());

    assertThat(outboxTypes(app)).containsExactlyInAnyOrder("FeeAssessed", "FeeConfirmed");
    assertThat(feeEvents(app))
        .extracting(FeeEvent::type)
        .containsExactlyInAnyOrder("FeeAssessed", "FeeConfirmed");
    JsonNode assessed = event(app, "FeeAssessed");
    assertThat(assessed.get("amount").decimalValue()).isEqualTo(new BigDecimal("8650.00"));
    assertThat(assessed.get("currency").asString()).isEqualTo("KZT");
    assertThat(assessed.get("mciYear").asInt()).isEqualTo(2026);
    assertThat(assessed.get("mciValue").decimalValue()).isEqualByComparingTo("4325");
    JsonNode confirmed = event(app, "FeeConfirmed");
    assertThat(confirmed.get("receipts").get(0).get("receiptNumber").asString()).startsWith("R-A1");
  }

  @Test
  void verifiedBeforeSubmittedAlsoConfirmsOnce() {
    UUID app = UUID.randomUUID();
    VerificationCompleted verified = verified(app, receipt("R-B1", APPLICANT, "8650.00", app));
    record(verified);
    awaitProcessed(verified.eventId());
    assertThat(outboxTypes(app)).isEmpty();

    record(submitted(app, APPLICANT, IN_2026));

    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");
    assertThat(outboxTypes(app)).containsExactlyInAnyOrder("FeeAssessed", "FeeConfirmed");
  }

  @Test
  void noReceiptIsRejectedAsUnpaid() {
    UUID app = UUID.randomUUID();
    clock.set(IN_2026.atTime(11, 0).toInstant(ZoneOffset.ofHours(5)));
    record(submitted(app, APPLICANT, IN_2026));
    VerificationCompleted unpaid = verified(app);
    record(unpaid);
    closeGraceAfter(unpaid);

    awaitFeeEvents(app, "FeeAssessed", "FeeRejected");
    JsonNode rejected = event(app, "FeeRejected");
    assertThat(rejected.get("reason").asString()).isEqualTo("UNPAID");
    assertThat(rejected.get("paid").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void underpaymentIsRejectedAsUnderpaid() {
    UUID app = UUID.randomUUID();
    clock.set(Instant.parse("2026-01-02T06:00:00Z"));
    record(submitted(app, APPLICANT, LocalDate.of(2026, 1, 2)));
    // the 2025 amount paid in 2026 (the day of payment fixes the MCI)
    VerificationCompleted underpaid =
        verified(
            app, receipt("R-C1", APPLICANT, "7864.00", app, Instant.parse("2026-01-02T06:00:00Z")));
    record(underpaid);
    closeGraceAfter(underpaid);

    awaitFeeEvents(app, "FeeAssessed", "FeeRejected");
    JsonNode rejected = event(app, "FeeRejected");
    assertThat(rejected.get("reason").asString()).isEqualTo("UNDERPAID");
    assertThat(rejected.get("paid").decimalValue()).isEqualByComparingTo("7864.00");
    assertThat(rejected.get("amount").decimalValue()).isEqualByComparingTo("8650.00");
    assertThat(rejected.get("mciYear").asInt()).isEqualTo(2026);
    assertThat(rejected.get("paidOn").asString()).isEqualTo("2026-01-02");
  }

  @Test
  void paymentByAnotherPersonIsRejected() {
    UUID app = UUID.randomUUID();
    clock.set(IN_2026.atTime(11, 0).toInstant(ZoneOffset.ofHours(5)));
    record(submitted(app, APPLICANT, IN_2026));
    VerificationCompleted byOther = verified(app, receipt("R-D1", OTHER_APPLICANT, "8650.00", app));
    record(byOther);
    closeGraceAfter(byOther);

    awaitFeeEvents(app, "FeeAssessed", "FeeRejected");
    assertThat(event(app, "FeeRejected").get("reason").asString())
        .isEqualTo("PAID_BY_ANOTHER_PAYER");
  }

  @Test
  void twoReceiptsAddingUpConfirm() {
    UUID app = UUID.randomUUID();
    record(submitted(app, APPLICANT, LocalDate.of(2025, 12, 31)));
    record(
        verified(
            app,
            receipt("R-E1", APPLICANT, "4000.00", app, Instant.parse("2025-12-30T05:00:00Z")),
            receipt("R-E2", APPLICANT, "3864.00", app, Instant.parse("2025-12-31T05:00:00Z"))));

    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");
    JsonNode confirmed = event(app, "FeeConfirmed");
    assertThat(confirmed.get("amount").decimalValue()).isEqualTo(new BigDecimal("7864.00"));
    assertThat(confirmed.get("receipts")).hasSize(2);
    assertThat(confirmed.get("mciYear").asInt()).isEqualTo(2025);
    assertThat(confirmed.get("paidOn").asString()).isEqualTo("2025-12-31");
  }

  @Test
  void theFeeIsVisibleToItsPayerAndStaffOnly() throws Exception {
    UUID app = UUID.randomUUID();
    record(submitted(app, APPLICANT, IN_2026));
    record(verified(app, receipt("R-F1", APPLICANT, "8650.00", app)));
    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");

    mvc.perform(get("/api/v1/fees/{id}", app).with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CONFIRMED"))
        .andExpect(jsonPath("$.currency").value("KZT"))
        .andExpect(jsonPath("$.mciYear").value(2026))
        .andExpect(jsonPath("$.multiplier").value(2))
        // the Tax Code's provision in the reader's language: Russian by default
        .andExpect(
            jsonPath("$.legalReference")
                .value(
                    org.hamcrest.Matchers.startsWith(
                        "Налоговый кодекс Республики Казахстан (действует с 1 января 2026 года)")))
        .andExpect(
            jsonPath("$.receipts[0].receiptNumber").value(org.hamcrest.Matchers.startsWith("R-F1")))
        .andExpect(jsonPath("$.receipts[0].counted").value(true))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("\"amount\":8650.00")));

    mvc.perform(
            get("/api/v1/fees/{id}", app)
                .header("Accept-Language", "kk")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(header().string("Content-Language", "kk"))
        .andExpect(
            jsonPath("$.legalReference")
                .value(
                    org.hamcrest.Matchers.startsWith("Қазақстан Республикасының Салық кодексі")));
    mvc.perform(
            get("/api/v1/fees/{id}", app)
                .header("Accept-Language", "en")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(
            jsonPath("$.legalReference").value(org.hamcrest.Matchers.containsString("2 MCI")));
    mvc.perform(get("/api/v1/fees/{id}", app).with(user(OTHER_APPLICANT, "APPLICANT")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-found"));

    mvc.perform(get("/api/v1/fees/{id}", app).with(user("900101300123", "OFFICER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.payerId").value(APPLICANT));

    mvc.perform(get("/api/v1/fees/{id}", app)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/fees/{id}", UUID.randomUUID()).with(user("900101300123", "OFFICER")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/fees/not-a-uuid").with(user("900101300123", "OFFICER")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("applicationId"));
  }

  @Test
  void quoteUsesTheMciOfTheDatesYear() throws Exception {
    mvc.perform(
            get("/api/v1/fees/quote")
                .param("date", "2025-12-31")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.amount").value(7864.00))
        .andExpect(jsonPath("$.mciYear").value(2025))
        .andExpect(jsonPath("$.mciValue").value(3932.00));
    mvc.perform(
            get("/api/v1/fees/quote")
                .param("date", "2026-01-02")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.amount").value(8650.00))
        .andExpect(jsonPath("$.mciValue").value(4325.00))
        .andExpect(jsonPath("$.currency").value("KZT"));
  }

  @Test
  void quoteProblems() throws Exception {
    mvc.perform(
            get("/api/v1/fees/quote")
                .param("date", "2027-03-01")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/mci-not-set"))
        .andExpect(jsonPath("$.year").value(2027));
    mvc.perform(
            get("/api/v1/fees/quote")
                .param("date", "2026-13-01")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(jsonPath("$.field").value("date"))
        .andExpect(jsonPath("$.errors[0].field").value("date"));
    mvc.perform(get("/api/v1/fees/quote").with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("date"));
  }

  @Test
  void aProblemAndItsFieldMessageComeInTheLanguageTheCallerAsksFor() throws Exception {
    String[][] expected = {
      {"kk-KZ", "kk", "Тариф белгіленбеген", "Тарифте 2027 жылға арналған АЕК немесе 01.03.2027"},
      {
        "ru",
        "ru",
        "Тариф не установлен",
        "В тарифе нет МРП на 2027 год или ставки пошлины на 01.03.2027."
      },
      {
        "en", "en", "Tariff not set", "The tariff has no MCI of 2027 or no duty rate for 2027-03-01"
      },
      {"fr", "ru", "Тариф не установлен", "В тарифе нет МРП на 2027 год"}
    };
    for (String[] language : expected) {
      mvc.perform(
              get("/api/v1/fees/quote")
                  .param("date", "2027-03-01")
                  .header("Accept-Language", language[0])
                  .with(user(APPLICANT, "APPLICANT")))
          .andExpect(status().isUnprocessableContent())
          .andExpect(header().string("Content-Language", language[1]))
          .andExpect(jsonPath("$.type").value("https://cites.kz/problems/mci-not-set"))
          .andExpect(jsonPath("$.title").value(language[2]))
          .andExpect(jsonPath("$.detail").value(startsWith(language[3])));
    }
    // no Accept-Language: Russian; a parameter's field message too, the rule and field unchanged
    mvc.perform(get("/api/v1/fees/quote").with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Language", "ru"))
        .andExpect(jsonPath("$.detail").value("Поле date: обязательно для заполнения"))
        .andExpect(jsonPath("$.errors[0].rule").value("NotNull"))
        .andExpect(jsonPath("$.errors[0].message").value("обязательно для заполнения"));
    mvc.perform(
            get("/api/v1/fees/quote")
                .param("date", "2026-13-01")
                .header("Accept-Language", "kk")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(jsonPath("$.errors[0].rule").value("TypeMismatch"))
        .andExpect(jsonPath("$.errors[0].message").value("пішімі қате (YYYY-MM-DD күтіледі)"));
  }

  @Test
  void aYearWithoutMciKeepsTheAssessmentPendingUntilTheMciIsAdded() throws Exception {
    UUID app = UUID.randomUUID();
    ApplicationSubmitted submitted = submitted(app, APPLICANT, LocalDate.of(2030, 2, 1));
    record(submitted);
    awaitProcessed(submitted.eventId());

    assertThat(outboxTypes(app)).isEmpty();
    mvc.perform(get("/api/v1/fees/{id}", app).with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PENDING_TARIFF"))
        .andExpect(jsonPath("$.amount").isEmpty());

    jdbc.sql("insert into mci (year, value, source) values (2030, 5000.00, 'test budget law')")
        .update();
    assertThat(pendingAssessments.retry()).isGreaterThanOrEqualTo(1);

    awaitFeeEvents(app, "FeeAssessed");
    assertThat(event(app, "FeeAssessed").get("amount").decimalValue())
        .isEqualTo(new BigDecimal("10000.00"));
  }
}
