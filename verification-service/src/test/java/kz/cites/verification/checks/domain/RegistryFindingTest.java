package kz.cites.verification.checks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import kz.cites.events.RefusalGround;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The table from what a registry answers to the ground of refusal it supports (item 9). */
class RegistryFindingTest {

  @ParameterizedTest
  @CsvSource({
    "PERSON_UNKNOWN, UNRELIABLE_DATA",
    "PERSON_DECEASED, UNRELIABLE_DATA",
    "COMPANY_UNKNOWN, UNRELIABLE_DATA",
    "COMPANY_NOT_ACTIVE, NON_COMPLIANCE",
    "SIGNER_NOT_AUTHORISED, UNRELIABLE_DATA",
    "NOT_AN_ENTREPRENEUR, UNRELIABLE_DATA",
    "ENTREPRENEUR_NOT_ACTIVE, NON_COMPLIANCE",
    "HUNTING_PERMIT_NOT_NAMED, NON_COMPLIANCE",
    "HUNTING_PERMIT_UNKNOWN, UNRELIABLE_DATA",
    "HUNTING_PERMIT_OF_ANOTHER_HOLDER, UNRELIABLE_DATA",
    "SPECIES_NOT_COVERED, NON_COMPLIANCE",
    "ANIMALS_NOT_COVERED, NON_COMPLIANCE",
    "TAKEN_OUTSIDE_PERMIT_VALIDITY, NON_COMPLIANCE",
    "TAKING_DATE_NOT_CONFIRMED, NON_COMPLIANCE",
    "ACTIVITY_BANNED, COURT_BAN",
    "SPECIAL_RIGHT_DEPRIVED, COURT_DEPRIVATION",
  })
  void eachFindingSupportsItsGround(RegistryFinding finding, RefusalGround ground) {
    assertThat(finding.ground()).isEqualTo(ground);
  }

  @ParameterizedTest
  @EnumSource(RegistryFinding.class)
  void aFailedCheckCarriesTheGroundOfItsFinding(RegistryFinding finding) {
    CheckOutcome outcome =
        CheckOutcome.failed(finding, java.util.List.of(), "why", "msg-1", Instant.EPOCH);

    assertThat(outcome.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(finding.ground());
  }

  @Test
  void noRegistryAnswerIsAGroundOfMissingConsent() {
    // consent is a fact of the application itself, never of a registry
    assertThat(RegistryFinding.values())
        .noneMatch(f -> f.ground() == RefusalGround.NO_PERSONAL_DATA_CONSENT);
  }
}
