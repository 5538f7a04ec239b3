package kz.cites.verification.egov.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigDecimal;
import java.time.Instant;
import kz.cites.events.PaymentReceipt;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.CheckStatus;
import kz.cites.verification.egov.Faults;
import kz.cites.verification.egov.ShepStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShepPaymentGatewayTest {

  static final String PAYER = "940140000385";
  static final String REFERENCE = "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11";

  /** A server per test, so a delayed answer of one test never reaches the next one's journal. */
  WireMockServer shep = new WireMockServer(options().dynamicPort());

  ShepPaymentGateway gateway;

  @AfterEach
  void stop() {
    shep.stop();
  }

  @BeforeEach
  void setUp() {
    shep.start();
    gateway = new ShepPaymentGateway(ShepStubs.calls(shep.port(), Faults.TIMEOUT));
  }

  @Test
  void receiptsOfThePayerForTheApplicationAreRecordedAsEvidence() {
    shep.stubFor(
        ShepStubs.request("PAYMENT_RECEIPTS", "reference", REFERENCE)
            .willReturn(ShepStubs.ok(ShepStubs.receipts(PAYER, REFERENCE))));

    CheckOutcome outcome = gateway.dutyReceipts(PAYER, REFERENCE);

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.RECORDED);
    assertThat(outcome.refusalGround()).isNull();
    assertThat(outcome.receipts())
        .containsExactly(
            new PaymentReceipt(
                "R-2026-000017",
                PAYER,
                new BigDecimal("8650.00"),
                Instant.parse("2026-03-20T13:55:00Z"),
                REFERENCE));
    shep.verify(
        postRequestedFor(urlEqualTo(ShepStubs.PATH))
            .withRequestBody(matchingJsonPath("$.serviceId", equalTo("PAYMENT_RECEIPTS")))
            .withRequestBody(matchingJsonPath("$.sender.senderId", equalTo("cites-permits")))
            .withRequestBody(matchingJsonPath("$.sender.password", equalTo("dev-secret")))
            .withRequestBody(matchingJsonPath("$.payload.payerId", equalTo(PAYER)))
            .withRequestBody(matchingJsonPath("$.payload.reference", equalTo(REFERENCE))));
  }

  @Test
  void noReceiptYetIsRecordedWithoutAVerdict() {
    // the duty has one judge, fee-service, and a payment may still come within its grace period:
    // a missing receipt is never a ground of refusal here
    shep.stubFor(
        ShepStubs.request("PAYMENT_RECEIPTS", "reference", REFERENCE)
            .willReturn(ShepStubs.ok("{\"receipts\": []}")));

    CheckOutcome outcome = gateway.dutyReceipts(PAYER, REFERENCE);

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.RECORDED);
    assertThat(outcome.refusalGround()).isNull();
    assertThat(outcome.receipts()).isEmpty();
    assertThat(outcome.reason()).contains("No state duty receipt");
  }

  @Test
  void anotherPayersReceiptDoesNotCount() {
    shep.stubFor(
        ShepStubs.request("PAYMENT_RECEIPTS", "reference", REFERENCE)
            .willReturn(ShepStubs.ok(ShepStubs.receipts("811201401188", REFERENCE))));

    CheckOutcome outcome = gateway.dutyReceipts(PAYER, REFERENCE);

    assertThat(outcome.status()).isEqualTo(CheckStatus.RECORDED);
    assertThat(outcome.receipts()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Faults.class)
  void aGatewayFaultIsUnavailableNeverARefusal(Faults fault) {
    fault.assertUnavailableAfterExpectedCalls(
        shep, calls -> new ShepPaymentGateway(calls).dutyReceipts(PAYER, REFERENCE));
  }
}
