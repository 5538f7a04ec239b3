package kz.cites.verification.egov.huntingpermits;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.cites.events.RefusalGround;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.CheckStatus;
import kz.cites.verification.checks.domain.HuntedSpecimen;
import kz.cites.verification.egov.Faults;
import kz.cites.verification.egov.ShepStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShepHuntingPermitRegistryTest {

  static final String HOLDER = "721002305887";
  static final String PERMIT = "HP-2026-000417";
  static final Clock TODAY_2026_11_26 =
      Clock.fixed(Instant.parse("2026-11-26T06:00:00Z"), ZoneId.of("Asia/Almaty"));
  static final LocalDate PLANNED = LocalDate.of(2026, 12, 20);

  /** A server per test, so a delayed answer of one test never reaches the next one's journal. */
  WireMockServer shep = new WireMockServer(options().dynamicPort());

  @AfterEach
  void stop() {
    shep.stop();
  }

  ShepHuntingPermitRegistry registry;

  @BeforeEach
  void setUp() {
    shep.start();
    registry =
        new ShepHuntingPermitRegistry(
            ShepStubs.calls(shep.port(), Faults.TIMEOUT), TODAY_2026_11_26);
  }

  @Test
  void theHoldersValidPermitForTheSpeciesAndQuantityPasses() {
    permitIs("Ovis ammon", 1, "2026-08-01", "2030-01-31");

    CheckOutcome outcome = registry.confirmPermits(HOLDER, List.of(argali(1)), PLANNED);

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.PASSED);
    assertThat(outcome.registryAnswer()).contains(PERMIT);
    shep.verify(
        1,
        postRequestedFor(urlEqualTo(ShepStubs.PATH))
            .withRequestBody(matchingJsonPath("$.serviceId", equalTo("HUNTING_PERMITS")))
            .withRequestBody(matchingJsonPath("$.payload.permitNumber", equalTo(PERMIT)))
            .withRequestBody(matchingJsonPath("$.payload.holderIin", equalTo(HOLDER))));
  }

  @Test
  void aPermitNotHeldByTheApplicantFailsAsUnreliableData() {
    shep.stubFor(
        ShepStubs.request("HUNTING_PERMITS", "permitNumber", PERMIT)
            .willReturn(ShepStubs.notFound()));

    CheckOutcome outcome = registry.confirmPermits(HOLDER, List.of(argali(1)), PLANNED);

    assertThat(outcome.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.UNRELIABLE_DATA);
  }

  @Test
  void anotherSpeciesTooManySpecimensOrDatesOutsideTheValidityFailAsNonCompliance() {
    permitIs("Ovis ammon", 1, "2026-08-01", "2030-01-31");
    assertNonCompliance(
        registry.confirmPermits(
            HOLDER, List.of(new HuntedSpecimen(PERMIT, "Canis lupus", BigDecimal.ONE)), PLANNED),
        "does not cover");
    assertNonCompliance(
        registry.confirmPermits(HOLDER, List.of(argali(1), argali(1)), PLANNED), "covers 1");

    permitIs("Ovis ammon", 1, "2024-09-01", "2025-01-31");
    assertNonCompliance(
        registry.confirmPermits(HOLDER, List.of(argali(1)), PLANNED), "not on 2026-11-26");

    permitIs("Ovis ammon", 1, "2026-08-01", "2026-12-01");
    assertNonCompliance(
        registry.confirmPermits(HOLDER, List.of(argali(1)), PLANNED), "not on 2026-12-20");
  }

  @Test
  void aWildTakenSpecimenWithoutAPermitNumberFailsWithoutAskingTheRegistry() {
    CheckOutcome outcome =
        registry.confirmPermits(
            HOLDER, List.of(new HuntedSpecimen(null, "Ovis ammon", BigDecimal.ONE)), PLANNED);

    assertNonCompliance(outcome, "No hunting permit named");
    shep.verify(0, postRequestedFor(urlEqualTo(ShepStubs.PATH)));
  }

  @ParameterizedTest
  @EnumSource(Faults.class)
  void aRegistryFaultIsUnavailableNeverARefusal(Faults fault) {
    fault.assertUnavailableAfterExpectedCalls(
        shep,
        calls ->
            new ShepHuntingPermitRegistry(calls, TODAY_2026_11_26)
                .confirmPermits(HOLDER, List.of(argali(1)), PLANNED));
  }

  private void permitIs(String species, int quantity, String from, String to) {
    shep.stubFor(
        ShepStubs.request("HUNTING_PERMITS", "permitNumber", PERMIT)
            .willReturn(
                ShepStubs.ok(
                    ShepStubs.huntingPermit(PERMIT, HOLDER, species, quantity, from, to))));
  }

  private static HuntedSpecimen argali(int quantity) {
    return new HuntedSpecimen(PERMIT, "Ovis ammon", BigDecimal.valueOf(quantity));
  }

  private static void assertNonCompliance(CheckOutcome outcome, String reason) {
    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.NON_COMPLIANCE);
    assertThat(outcome.reason()).contains(reason);
  }
}
