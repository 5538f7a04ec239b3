package kz.cites.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.PaymentReceipt;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The MCI admin API and the operators' reconciliation. */
class TariffAndReconciliationIntegrationTest extends FeeIntegrationTestSupport {

  static final String ADMIN = "900101300123";

  @Test
  void anAdministratorAddsNextYearsMciAndTheWaitingAssessmentIsMade() throws Exception {
    UUID app = UUID.randomUUID();
    ApplicationSubmitted submitted = submitted(app, APPLICANT, LocalDate.of(2031, 2, 3));
    record(submitted);
    awaitProcessed(submitted.eventId());
    mvc.perform(
            get("/api/v1/fees/quote")
                .param("date", "2031-02-03")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/mci-not-set"));

    String body = "{\"value\": 4700.00, \"source\": \"Budget law 2031-2033\"}";
    setMci(2031, body, "OPERATOR").andExpect(status().isForbidden());
    setMci(2031, body, "OFFICER").andExpect(status().isForbidden());
    setMci(2031, body, "TARIFF_ADMIN")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.year").value(2031))
        .andExpect(jsonPath("$.value").value(4700.00))
        .andExpect(jsonPath("$.setBy").value(ADMIN));
    // the same again changes nothing
    setMci(2031, body, "TARIFF_ADMIN").andExpect(status().isOk());

    awaitFeeEvents(app, "FeeAssessed");
    assertThat(event(app, "FeeAssessed").get("amount").decimalValue())
        .isEqualTo(new BigDecimal("9400.00"));
    // the tariff is for staff (platform/access RouteRoles, as the gateway always had it)
    mvc.perform(get("/api/v1/fees/tariff").with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/fees/tariff").with(user(ADMIN, "OPERATOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.mci[?(@.year == 2031)].setBy").value(hasItem(ADMIN)))
        .andExpect(jsonPath("$.mci[?(@.year == 2025)].value").value(hasItem(3932.00)))
        .andExpect(jsonPath("$.rates[0].multiplier").value(2));
    assertThat(
            jdbc.sql("select count(*) from mci_change where year = 2031 and changed_by = :by")
                .param("by", ADMIN)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // used by an assessment now: a different value is refused
    setMci(2031, "{\"value\": 4800, \"source\": \"amended\"}", "TARIFF_ADMIN")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/mci-in-use"));
  }

  @Test
  void invalidMciRequestsNameTheField() throws Exception {
    setMci(2032, "{\"value\": -1, \"source\": \"law\"}", "TARIFF_ADMIN")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(jsonPath("$.field").value("value"));
    setMci(2032, "{\"value\": 4000.001, \"source\": \"law\"}", "TARIFF_ADMIN")
        .andExpect(jsonPath("$.field").value("value"));
    setMci(2032, "{\"value\": 4000, \"source\": \" \"}", "TARIFF_ADMIN")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("source"));
    setMci(1999, "{\"value\": 4000, \"source\": \"law\"}", "TARIFF_ADMIN")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("year"));
    assertThat(jdbc.sql("select count(*) from mci where year = 2032").query(Long.class).single())
        .isZero();
  }

  @Test
  void reconciliationCountsPerDayAndListsReceiptsMatchingNoApplication() throws Exception {
    // The tests share one database: first close whatever grace periods other tests left open (all
    // of them end before June 2026), so that only this test's cases are decided on the days
    // counted.
    clock.set(Instant.parse("2026-06-14T05:00:00Z"));
    graceExpiry.closeExpired();
    // a day no other test uses: Monday 15 Jun 2026, 10:00 Almaty
    Instant day = Instant.parse("2026-06-15T05:00:00Z");
    clock.set(day);
    UUID paidApp = UUID.randomUUID();
    UUID unpaidApp = UUID.randomUUID();
    record(submitted(paidApp, APPLICANT, LocalDate.of(2026, 6, 15)));
    record(
        verified(
            paidApp,
            new PaymentReceipt(
                "R-REC-" + paidApp,
                APPLICANT,
                new BigDecimal("8650.00"),
                day,
                paidApp.toString())));
    record(submitted(unpaidApp, APPLICANT, LocalDate.of(2026, 6, 15)));
    record(verified(unpaidApp));
    notifyPayment(notificationBody("N-REC-" + paidApp, APPLICANT, "500.00", day, "INVOICE-77"))
        .andExpect(status().isOk());
    notifyPayment(
            notificationBody(
                "N-REC-OTHER-" + unpaidApp, OTHER_APPLICANT, "8650.00", day, unpaidApp.toString()))
        .andExpect(status().isOk());
    awaitFeeEvents(paidApp, "FeeAssessed", "FeeConfirmed");
    awaitFeeEvents(unpaidApp, "FeeAssessed");

    // the grace of the unpaid one ends Tuesday 16 Jun 17:30 Almaty
    clock.set(Instant.parse("2026-06-16T12:30:00Z"));
    graceExpiry.closeExpired();
    awaitFeeEvents(unpaidApp, "FeeAssessed", "FeeRejected");

    mvc.perform(
            get("/api/v1/fees/reconciliation")
                .param("from", "2026-06-15")
                .param("to", "2026-06-16")
                .with(user(ADMIN, "OPERATOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.days.length()").value(2))
        .andExpect(jsonPath("$.days[0].date").value("2026-06-15"))
        .andExpect(jsonPath("$.days[0].assessed.count").value(2))
        .andExpect(jsonPath("$.days[0].assessed.amount").value(17300.00))
        .andExpect(jsonPath("$.days[0].confirmed.count").value(1))
        .andExpect(jsonPath("$.days[0].confirmed.amount").value(8650.00))
        .andExpect(jsonPath("$.days[0].rejected.count").value(0))
        .andExpect(jsonPath("$.days[0].received.count").value(3))
        .andExpect(jsonPath("$.days[0].received.amount").value(17800.00))
        .andExpect(jsonPath("$.days[1].rejected.count").value(1))
        .andExpect(jsonPath("$.days[1].rejected.amount").value(8650.00))
        .andExpect(jsonPath("$.unmatchedReceipts.length()").value(2))
        .andExpect(
            jsonPath("$.unmatchedReceipts[?(@.reference == 'INVOICE-77')].reason")
                .value(hasItem("NO_APPLICATION")))
        .andExpect(
            jsonPath("$.unmatchedReceipts[?(@.payerId == '" + OTHER_APPLICANT + "')].reason")
                .value(hasItem("OTHER_PAYER")));

    mvc.perform(
            get("/api/v1/fees/reconciliation")
                .param("from", "2026-06-15")
                .param("to", "2026-06-16")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/fees/reconciliation")
                .param("from", "2026-06-16")
                .param("to", "2026-06-15")
                .with(user(ADMIN, "OFFICER")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("to"));
    mvc.perform(
            get("/api/v1/fees/reconciliation")
                .param("from", "2026-06-16")
                .with(user(ADMIN, "OFFICER")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("to"));
  }

  private org.springframework.test.web.servlet.ResultActions setMci(
      int year, String body, String role) throws Exception {
    return mvc.perform(
        put("/api/v1/fees/tariff/mci/{year}", year)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .with(user(ADMIN, role)));
  }
}
