package kz.cites.systemtests;

import static kz.cites.systemtests.Drafts.AKHMETOV;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Hunting permits as the hunting registry means them (domain.md section 5): the permit must have
 * been valid on the day the specimen was taken, not on the day it is exported, and its quantity
 * counts animals. The permit's data come from the registry through the gateway: no copy of it is
 * uploaded. (A wolf taken after the season ended is refused: {@link RefusalGroundsIT}.)
 */
class HuntingTrophyIT {

  /** The authority's officer persona. */
  static final String OFFICER_IIN = "860606407353";

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void aTrophyTakenWithinTheSeasonAndExportedAfterItIsIssued() {
    // HP-2024-000981 was valid 2024-09-01..2025-01-31; the wolf was taken on 2024-12-10 and is
    // exported now, long after the season ended
    String token = portal.signIn(AKHMETOV.iin(), null, "APPLICANT");
    Http.Response draft =
        http.post(portal.api("/api/v1/applications"), token, Drafts.wolfTrophy("2024-12-10"));
    assertThat(draft.status()).as(draft.body().toString()).isEqualTo(201);
    String applicationId = draft.body().get("id").asString();

    assertThat(portal.attachWhatIsMissing(applicationId, token))
        .as("no copy of the hunting permit")
        .containsExactlyInAnyOrder("CONTRACT", "SCIENTIFIC_OPINION");
    portal.payTheDuty(applicationId, AKHMETOV.iin(), null, token);
    Http.Response submission = portal.submitSigned(applicationId, AKHMETOV.iin(), null, token);
    assertThat(submission.status()).as(submission.body().toString()).isEqualTo(202);

    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    portal.officerApproves(applicationId, officer, token);
    Http.Response issued = portal.awaitStatus(applicationId, "ISSUED", token);
    String permitNumber = issued.body().get("permitNumber").asString();
    Http.Response permit = http.get(portal.api("/api/v1/permits/" + permitNumber), token);
    assertThat(permit.status()).as(permit.body().toString()).isEqualTo(200);
    assertThat(permit.body().get("status").asString()).isEqualTo("VALID");

    // what the hunting registry was asked, and why it passed, as the officer sees it
    Http.Response verification =
        http.get(portal.api("/api/v1/verifications/" + applicationId), officer);
    assertThat(verification.status()).as(verification.body().toString()).isEqualTo(200);
    JsonNode hunting = check(verification.body(), "HUNTING_PERMIT");
    assertThat(hunting.path("outcome").asString()).as(hunting.toString()).isEqualTo("PASSED");
    assertThat(hunting.at("/specimens/0/takenOn").asString()).isEqualTo("2024-12-10");
    assertThat(hunting.at("/specimens/0/animalCount").asInt()).isEqualTo(1);
    assertThat(hunting.path("reason").asString()).contains("2024-12-10");
  }

  private static JsonNode check(JsonNode verification, String kind) {
    for (JsonNode check : verification.path("checks")) {
      if (kind.equals(check.path("check").asString())) {
        return check;
      }
    }
    throw new AssertionError("no " + kind + " check in " + verification);
  }
}
