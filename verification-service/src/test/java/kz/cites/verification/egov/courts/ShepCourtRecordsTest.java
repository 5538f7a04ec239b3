package kz.cites.verification.egov.courts;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Clock;
import java.time.Instant;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.RefusalGround;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.CheckStatus;
import kz.cites.verification.checks.domain.CourtRecords.Subject;
import kz.cites.verification.egov.Faults;
import kz.cites.verification.egov.ShepStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShepCourtRecordsTest {

  static final String IIN = "790405303376";
  static final String BIN = "050640003212";
  static final Clock TODAY_2026_11_26 =
      Clock.fixed(Instant.parse("2026-11-26T06:00:00Z"), Kazakhstan.ZONE);

  /** A server per test, so a delayed answer of one test never reaches the next one's journal. */
  WireMockServer shep = new WireMockServer(options().dynamicPort());

  @AfterEach
  void stop() {
    shep.stop();
  }

  ShepCourtRecords courts;

  @BeforeEach
  void setUp() {
    shep.start();
    courts = new ShepCourtRecords(ShepStubs.calls(shep.port(), Faults.TIMEOUT), TODAY_2026_11_26);
  }

  @Test
  void aBanInForceFailsAsCourtBan() {
    answer(ShepStubs.ruling("7599-25-00-1/215", "ACTIVITY_BAN", "2025-06-10", "2029-06-10"));

    CheckOutcome outcome = courts.confirmNoRestrictions(new Subject(Subject.Kind.IIN, IIN));

    assertThat(outcome.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.COURT_BAN);
    assertThat(outcome.reason()).contains("7599-25-00-1/215");
  }

  @Test
  void aDeprivationInForceFailsAsCourtDeprivationAndABanWinsOverIt() {
    answer(ShepStubs.ruling("1910-26-00-4/77", "SPECIAL_RIGHT_DEPRIVATION", "2026-03-02", null));
    assertThat(courts.confirmNoRestrictions(new Subject(Subject.Kind.IIN, IIN)).refusalGround())
        .isEqualTo(RefusalGround.COURT_DEPRIVATION);

    answer(
        ShepStubs.ruling("1910-26-00-4/77", "SPECIAL_RIGHT_DEPRIVATION", "2026-03-02", null),
        ShepStubs.ruling("7599-25-00-1/215", "ACTIVITY_BAN", "2025-06-10", null));
    assertThat(courts.confirmNoRestrictions(new Subject(Subject.Kind.IIN, IIN)).refusalGround())
        .isEqualTo(RefusalGround.COURT_BAN);
  }

  @Test
  void rulingsNotInForceTodayOrOfOtherKindsDoNotCount() {
    answer(
        ShepStubs.ruling("1-expired", "ACTIVITY_BAN", "2020-01-01", "2026-11-25"),
        ShepStubs.ruling("2-future", "SPECIAL_RIGHT_DEPRIVATION", "2026-11-27", null),
        ShepStubs.ruling("3-fine", "ADMINISTRATIVE_FINE", "2026-01-01", null));

    CheckOutcome outcome = courts.confirmNoRestrictions(new Subject(Subject.Kind.IIN, IIN));

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.PASSED);
    assertThat(outcome.registryAnswer()).contains("1-expired");
  }

  @Test
  void aCompanyIsAskedByBinAndNoRulingsPass() {
    shep.stubFor(
        ShepStubs.request("COURT_RECORDS", "bin", BIN)
            .willReturn(ShepStubs.ok(ShepStubs.rulings())));

    CheckOutcome outcome = courts.confirmNoRestrictions(new Subject(Subject.Kind.BIN, BIN));

    assertThat(outcome.status()).isEqualTo(CheckStatus.PASSED);
    assertThat(outcome.reason()).isEqualTo("No rulings");
  }

  @ParameterizedTest
  @EnumSource(Faults.class)
  void aRegistryFaultIsUnavailableNeverARefusal(Faults fault) {
    fault.assertUnavailableAfterExpectedCalls(
        shep,
        calls ->
            new ShepCourtRecords(calls, TODAY_2026_11_26)
                .confirmNoRestrictions(new Subject(Subject.Kind.IIN, IIN)));
  }

  private void answer(String... rulings) {
    shep.stubFor(
        ShepStubs.request("COURT_RECORDS", "iin", IIN)
            .willReturn(ShepStubs.ok(ShepStubs.rulings(rulings))));
  }
}
