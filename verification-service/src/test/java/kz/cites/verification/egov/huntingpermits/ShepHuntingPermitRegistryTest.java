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

    CheckOutcome outcome = registry.confirmPermits(HOLDER, List.of(argali(1)));

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

    CheckOutcome outcome = registry.confirmPermits(HOLDER, List.of(argali(1)));

    assertThat(outcome.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.UNRELIABLE_DATA);
  }

  @Test
  void aTrophyTakenInTheSeasonAndExportedAfterItPasses() {
    // the season ended on 31 Jan 2025; the argali was taken in it and is exported today
    permitIs("Ovis ammon", 1, "2024-09-01", "2025-01-31");

    CheckOutcome outcome =
        registry.confirmPermits(HOLDER, List.of(argaliTakenOn("2024-10-20", 2, 1)));

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.PASSED);
    assertThat(outcome.reason()).contains("2024-10-20");
  }

  @Test
  void anotherSpeciesTooManyAnimalsOrATakingOutsideTheValidityFailAsNonCompliance() {
    permitIs("Ovis ammon", 1, "2026-08-01", "2030-01-31");
    assertNonCompliance(
        registry.confirmPermits(
            HOLDER,
            List.of(
                new HuntedSpecimen(
                    PERMIT, "Canis lupus", BigDecimal.ONE, LocalDate.of(2026, 9, 1), 1))),
        "does not cover");
    assertNonCompliance(
        registry.confirmPermits(HOLDER, List.of(argali(1), argali(1))), "covers 1 animal(s)");

    permitIs("Ovis ammon", 1, "2024-09-01", "2025-01-31");
    assertNonCompliance(
        registry.confirmPermits(HOLDER, List.of(argaliTakenOn("2025-02-14", 1, 1))),
        "taken on 2025-02-14");
  }

  @Test
  void anApplicationFiledBeforeTheDateOfTakingWasAskedIsJudgedOnToday() {
    HuntedSpecimen old = new HuntedSpecimen(PERMIT, "Ovis ammon", BigDecimal.ONE, null, null);

    permitIs("Ovis ammon", 1, "2026-08-01", "2030-01-31");
    assertThat(registry.confirmPermits(HOLDER, List.of(old)).status())
        .isEqualTo(CheckStatus.PASSED);

    permitIs("Ovis ammon", 1, "2024-09-01", "2025-01-31");
    assertNonCompliance(registry.confirmPermits(HOLDER, List.of(old)), "2026-11-26");
  }

  @Test
  void aWildTakenSpecimenWithoutAPermitNumberFailsWithoutAskingTheRegistry() {
    CheckOutcome outcome =
        registry.confirmPermits(
            HOLDER,
            List.of(
                new HuntedSpecimen(
                    null, "Ovis ammon", BigDecimal.ONE, LocalDate.of(2026, 9, 1), 1)));

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
                .confirmPermits(HOLDER, List.of(argali(1))));
  }

  private void permitIs(String species, int quantity, String from, String to) {
    shep.stubFor(
        ShepStubs.request("HUNTING_PERMITS", "permitNumber", PERMIT)
            .willReturn(
                ShepStubs.ok(
                    ShepStubs.huntingPermit(PERMIT, HOLDER, species, quantity, from, to))));
  }

  /** One argali taken on 14 Sep 2026, {@code quantity} specimens of it. */
  private static HuntedSpecimen argali(int quantity) {
    return argaliTakenOn("2026-09-14", quantity, 1);
  }

  private static HuntedSpecimen argaliTakenOn(String takenOn, int quantity, int animals) {
    return new HuntedSpecimen(
        PERMIT, "Ovis ammon", BigDecimal.valueOf(quantity), LocalDate.parse(takenOn), animals);
  }

  private static void assertNonCompliance(CheckOutcome outcome, String reason) {
    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.NON_COMPLIANCE);
    assertThat(outcome.reason()).contains(reason);
  }
}
