package kz.cites.permit.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.cites.events.CheckResult;
import kz.cites.events.CheckResult.Check;
import kz.cites.events.CheckResult.Outcome;
import kz.cites.events.FeeRejected;
import kz.cites.events.LocalizedText;
import kz.cites.events.RefusalFinding;
import kz.cites.events.RefusalGround;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionPolicyTest {

  private final DecisionPolicy policy = new DecisionPolicy();

  @Test
  void allClearOpensTheCaseForReview() {
    Decision decision = policy.decide(inputs(true, List.of(passed(Check.IDENTITY)), null));

    assertThat(decision).isInstanceOf(Decision.OpenForReview.class);
  }

  @Test
  void missingConsentIsRefusedOnGroundFive() {
    Decision decision = policy.decide(inputs(false, List.of(passed(Check.IDENTITY)), null));

    assertThat(decision)
        .isInstanceOfSatisfying(
            Decision.Refuse.class,
            refuse -> {
              assertThat(refuse.grounds()).containsExactly(RefusalGround.NO_PERSONAL_DATA_CONSENT);
              assertThat(refuse.found())
                  .extracting(GroundFound::finding)
                  .containsExactly(
                      new RefusalFinding(
                          RefusalGround.NO_PERSONAL_DATA_CONSENT,
                          null,
                          RefusalFinding.NO_PERSONAL_DATA_CONSENT));
            });
  }

  @Test
  void aRejectedDutyIsNoRefusalTheApplicationIsNotAccepted() {
    Decision decision =
        policy.decide(
            inputs(true, List.of(recorded(Check.DUTY_PAYMENT)), FeeRejected.Reason.UNDERPAID));

    assertThat(decision)
        .isInstanceOfSatisfying(
            Decision.NotAccept.class,
            notAccept -> {
              assertThat(notAccept.duty()).isEqualTo(FeeRejected.Reason.UNDERPAID);
              assertThat(notAccept.amount()).isEqualByComparingTo("8650");
              assertThat(notAccept.paid()).isEqualByComparingTo("4000");
            });
  }

  @Test
  void anIncompletePackageIsNotAcceptedWhateverGroundsTheChecksFound() {
    // the package is not taken into consideration at all, so no ground is decided on
    Decision decision =
        policy.decide(
            inputs(
                false,
                List.of(failed(Check.IDENTITY, RefusalGround.UNRELIABLE_DATA)),
                FeeRejected.Reason.UNPAID));

    assertThat(decision).isInstanceOf(Decision.NotAccept.class);
    assertThat(((Decision.NotAccept) decision).duty()).isEqualTo(FeeRejected.Reason.UNPAID);
  }

  @Test
  void aPaymentLookUpWithoutReceiptsIsEvidenceNotAGround() {
    // the verification recorded no receipt yet; fee-service later confirmed a payment in grace
    Decision decision =
        policy.decide(
            inputs(true, List.of(passed(Check.IDENTITY), recorded(Check.DUTY_PAYMENT)), null));

    assertThat(decision).isInstanceOf(Decision.OpenForReview.class);
  }

  @Test
  void failedCheckIsRefusedOnItsOwnGround() {
    CheckResult identity =
        new CheckResult(
            Check.IDENTITY,
            Outcome.FAILED,
            RefusalGround.UNRELIABLE_DATA,
            "the IIN belongs to a deceased person",
            "msg-1",
            Instant.parse("2026-08-31T05:00:00Z"),
            List.of());
    LocalizedText banned = new LocalizedText("тыйым салынған", "запрещено", "banned");
    CheckResult court =
        new CheckResult(
            Check.COURT_RECORDS,
            Outcome.FAILED,
            RefusalGround.COURT_BAN,
            "ban on hunting until 2027",
            "msg-2",
            Instant.parse("2026-08-31T05:00:00Z"),
            List.of(),
            null,
            null,
            "ACTIVITY_BANNED",
            banned);

    Decision decision = policy.decide(inputs(true, List.of(identity, court), null));

    assertThat(decision)
        .isInstanceOfSatisfying(
            Decision.Refuse.class,
            refuse -> {
              assertThat(refuse.grounds())
                  .containsExactly(RefusalGround.UNRELIABLE_DATA, RefusalGround.COURT_BAN);
              // what each check found, by code and in its own words (a check of before: none)
              assertThat(refuse.found())
                  .containsExactly(
                      new GroundFound(
                          new RefusalFinding(RefusalGround.UNRELIABLE_DATA, Check.IDENTITY, null),
                          null),
                      new GroundFound(
                          new RefusalFinding(
                              RefusalGround.COURT_BAN, Check.COURT_RECORDS, "ACTIVITY_BANNED"),
                          banned));
            });
  }

  /** Every automatic ground of a registry check: the registry fact decides, alone. */
  @ParameterizedTest
  @CsvSource({
    "IDENTITY, UNRELIABLE_DATA, 1",
    "LEGAL_ENTITY, NON_COMPLIANCE, 2",
    "HUNTING_PERMIT, NON_COMPLIANCE, 2",
    "COURT_RECORDS, COURT_BAN, 3",
    "COURT_RECORDS, COURT_DEPRIVATION, 4"
  })
  void eachFailedCheckGroundRefusesAutomatically(Check check, RefusalGround ground, int number) {
    CheckResult failed =
        new CheckResult(
            check,
            Outcome.FAILED,
            ground,
            "registry says no",
            "msg-9",
            Instant.parse("2026-08-31T05:00:00Z"),
            List.of());

    assertThat(policy.decide(inputs(true, List.of(failed), null)))
        .isInstanceOfSatisfying(
            Decision.Refuse.class,
            refuse -> {
              assertThat(refuse.grounds()).containsExactly(ground);
              assertThat(refuse.grounds().getFirst().number()).isEqualTo(number);
              assertThat(refuse.found().getFirst().finding().check()).isEqualTo(check);
            });
  }

  @Test
  void failedCheckWithoutGroundIsLeftToAnOfficer() {
    CheckResult unclear =
        new CheckResult(
            Check.HUNTING_PERMIT, Outcome.FAILED, null, "ambiguous", "m", Instant.now(), List.of());

    assertThat(policy.decide(inputs(true, List.of(unclear), null)))
        .isInstanceOf(Decision.OpenForReview.class);
  }

  @Test
  void everyCertainGroundIsGiven() {
    Decision decision =
        policy.decide(
            inputs(false, List.of(failed(Check.IDENTITY, RefusalGround.UNRELIABLE_DATA)), null));

    assertThat(((Decision.Refuse) decision).grounds())
        .containsExactly(RefusalGround.NO_PERSONAL_DATA_CONSENT, RefusalGround.UNRELIABLE_DATA);
  }

  private static DecisionInputs inputs(
      boolean consent, List<CheckResult> checks, FeeRejected.Reason feeRejection) {
    return feeRejection == null
        ? new DecisionInputs(consent, checks, FeeOutcome.CONFIRMED, null, amount("8650"), null)
        : new DecisionInputs(
            consent, checks, FeeOutcome.REJECTED, feeRejection, amount("8650"), amount("4000"));
  }

  private static CheckResult failed(Check check, RefusalGround ground) {
    return new CheckResult(
        check, Outcome.FAILED, ground, "unknown IIN", "m", Instant.now(), List.of());
  }

  private static CheckResult recorded(Check check) {
    return new CheckResult(
        check,
        Outcome.RECORDED,
        null,
        "No state duty receipt yet",
        "msg",
        Instant.parse("2026-08-31T05:00:00Z"),
        List.of());
  }

  private static CheckResult passed(Check check) {
    return new CheckResult(
        check, Outcome.PASSED, null, null, "msg", Instant.parse("2026-08-31T05:00:00Z"), List.of());
  }

  private static BigDecimal amount(String value) {
    return new BigDecimal(value);
  }
}
