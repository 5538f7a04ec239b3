package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The duty paid in cash at a bank, as the order allows: the payment carries no reference to the
 * application, so fee-service matches it on the payer, the amount and the date, and the permit is
 * issued as for a card payment (domain.md section 5, "the duty").
 */
class CashDutyPaymentIT {

  /** Pays in cash; no other system test files for her, so her one application is the match. */
  static final String PAYER_IIN = Drafts.SEITKALI.iin();

  static final String OFFICER_IIN = "860606407353";

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void aDutyPaidInCashWithoutReferenceIsMatchedAndThePermitIssued() {
    String token = portal.signIn(PAYER_IIN, null, "APPLICANT");
    String applicationId = portal.draftWithItsDocuments(Drafts.export(Drafts.SEITKALI), token);
    Http.Response submission = portal.submitSigned(applicationId, PAYER_IIN, null, token);
    assertThat(submission.status()).as(submission.body().toString()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> http.get(portal.api("/api/v1/fees/" + applicationId), token),
            fee -> "ASSESSED".equals(fee.body().path("status").asString()));

    // at the bank: the payer's IIN and the amount, no reference
    Http.Response quote =
        http.get(
            portal.api("/api/v1/fees/quote?date=" + LocalDate.now(ZoneId.of("Asia/Almaty"))),
            token);
    Http.Response receipt =
        http.post(
            portal.sim("/sim/payments"),
            null,
            Map.of("payerIin", PAYER_IIN, "amount", quote.body().get("amount").decimalValue()));
    assertThat(receipt.status()).as(receipt.body().toString()).isEqualTo(201);

    Http.Response fee =
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> http.get(portal.api("/api/v1/fees/" + applicationId), token),
                response -> "CONFIRMED".equals(response.body().path("status").asString()));
    assertThat(fee.body().toString()).contains(receipt.body().get("receiptNumber").asString());

    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    portal.officerApproves(applicationId, officer, token);
    portal.awaitStatus(applicationId, "ISSUED", token);
  }
}
