package kz.cites.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refusal events and the checks gained their texts in every language and the codes of what was
 * found (issue 14): an event published before still reads, with the new fields null or empty, and
 * its one {@code reason} stands for every language.
 */
class RefusalEventsCompatibilityTest {

  private final JsonMapper json =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void aPreliminaryRefusalOfTheOldShapeReadsWithItsReasonInEveryLanguage() {
    PreliminaryRefusalNotified old =
        json.readValue(
            """
            {"eventId": "1a2b3c4d-0000-4000-8000-000000000014",
             "occurredAt": "2026-03-26T05:00:00Z",
             "applicationId": "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11",
             "hearingId": "5f0c2a61-3b7d-4c8e-9a14-2d6e8f0a1b23",
             "grounds": ["COURT_BAN"], "reason": "Ground 3 (...): the check of court records failed.",
             "automatic": true, "decidedBy": "system", "meeting": null}
            """,
            PreliminaryRefusalNotified.class);

    assertThat(old.explanation()).isNull();
    assertThat(old.findings()).isEmpty();
    assertThat(old.reasonIn("kk")).isEqualTo(old.reason());
  }

  @Test
  void aRefusalAndANonAcceptanceOfTheOldShapeRead() {
    ApplicationRefused refused =
        json.readValue(
            """
            {"eventId": "1a2b3c4d-0000-4000-8000-000000000008",
             "occurredAt": "2026-03-26T05:00:00Z",
             "applicationId": "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11",
             "grounds": ["NON_COMPLIANCE"], "reason": "Officer's words.", "automatic": false}
            """,
            ApplicationRefused.class);
    ApplicationNotAccepted notAccepted =
        json.readValue(
            """
            {"eventId": "1a2b3c4d-0000-4000-8000-000000000013",
             "occurredAt": "2026-03-27T12:31:00Z",
             "applicationId": "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11",
             "duty": "UNPAID", "reason": "No payment was found."}
            """,
            ApplicationNotAccepted.class);

    assertThat(refused.findings()).isEmpty();
    assertThat(refused.reasonIn("ru")).isEqualTo("Officer's words.");
    assertThat(notAccepted.explanation()).isNull();
    assertThat(notAccepted.reasonIn("en")).isEqualTo("No payment was found.");
  }

  @Test
  void aCheckResultOfTheOldShapeNamesNoFinding() {
    CheckResult old =
        json.readValue(
            """
            {"check": "COURT_RECORDS", "outcome": "FAILED", "refusalGround": "COURT_BAN",
             "reason": "Ruling 1/2", "registryMessageId": null,
             "checkedAt": "2026-03-20T14:00:03Z", "receipts": [],
             "registeredName": null, "registeredNameLatin": null}
            """,
            CheckResult.class);

    assertThat(old.finding()).isNull();
    assertThat(old.explanation()).isNull();
  }

  @Test
  void aTextMissingInOneLanguageReadsInRussian() {
    LocalizedText text = new LocalizedText(null, "по-русски", "in English");

    assertThat(text.in("kk")).isEqualTo("по-русски");
    assertThat(text.in("en")).isEqualTo("in English");
    assertThat(text.in("fr")).isEqualTo("по-русски");
  }
}
