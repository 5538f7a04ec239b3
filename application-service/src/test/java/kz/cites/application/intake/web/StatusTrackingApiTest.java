package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.cites.events.ApplicationNotAccepted;
import kz.cites.events.FeeAssessed;
import kz.cites.events.FeeRejected;
import kz.cites.events.PermitIssued;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The status of a registered application follows the other services' events, forward only: a
 * repeated or late event changes nothing.
 */
class StatusTrackingApiTest extends IntakeApiTest {

  @Test
  void theStatusFollowsTheEventsForwardOnly() throws Exception {
    UUID id = submitted(Drafts.export().purpose("S"), "CONTRACT", "SCIENTIFIC_OPINION");

    feed(feeAssessed(id, NOW));
    awaitStatus(id, OWNER, "IN_VERIFICATION");
    feed(permitIssued(id, NOW, "26KZ000042"));
    JsonNode issued = awaitStatus(id, OWNER, "ISSUED");
    assertThat(issued.path("permitNumber").asString()).isEqualTo("26KZ000042");
    assertThat(statuses(issued)).containsExactly("DRAFT", "SUBMITTED", "IN_VERIFICATION", "ISSUED");

    FeeAssessed repeated = feeAssessed(id, NOW);
    feed(repeated);
    awaitProcessed(repeated);
    JsonNode after = read(get(APPLICATIONS + "/" + id).with(officer()));
    assertThat(after.path("status").asString()).isEqualTo("ISSUED");
    assertThat(statuses(after)).containsExactly("DRAFT", "SUBMITTED", "IN_VERIFICATION", "ISSUED");
  }

  @Test
  void aDutyUnpaidAtTheEndOfItsGraceLeavesTheApplicationNotAcceptedWithoutARefusal()
      throws Exception {
    UUID id = submitted(Drafts.export().purpose("S"), "CONTRACT", "SCIENTIFIC_OPINION");
    String reason =
        "The application is not accepted for consideration: no payment of the state duty of"
            + " 8650 tenge was found for this application.";

    feed(
        new ApplicationNotAccepted(
            UUID.randomUUID(), NOW.plusSeconds(90_000), id, FeeRejected.Reason.UNPAID, reason));

    JsonNode notAccepted = awaitStatus(id, OWNER, "NOT_ACCEPTED");
    assertThat(notAccepted.path("notAccepted").path("reason").asString()).isEqualTo(reason);
    assertThat(notAccepted.path("notAccepted").path("at").asString())
        .isEqualTo(NOW.plusSeconds(90_000).toString());
    assertThat(absent(notAccepted.path("refusal"))).as("no refusal").isTrue();
    JsonNode cabinet = read(get("/api/v1/cabinet/notifications?size=100").with(applicant(OWNER)));
    JsonNode notice = null;
    for (JsonNode item : cabinet.path("items")) {
      if (item.path("kind").asString().equals("APPLICATION_NOT_ACCEPTED")
          && item.path("applicationId").asString().equals(id.toString())) {
        notice = item;
      }
    }
    assertThat(notice).as("the cabinet tells the applicant").isNotNull();
    assertThat(notice.path("reason").asString()).isEqualTo(reason);
    assertThat(notice.path("message").asString())
        .contains("не принята к рассмотрению")
        .contains("государственная пошлина не оплачена до истечения")
        .contains("Это не отказ");
    // final: a permit announced by mistake afterwards does not move it, nor can it be withdrawn
    PermitIssued late = permitIssued(id, NOW.plusSeconds(100_000), "26KZ000077");
    feed(late);
    awaitProcessed(late);
    JsonNode after = read(get(APPLICATIONS + "/" + id).with(officer()));
    assertThat(after.path("status").asString()).isEqualTo("NOT_ACCEPTED");
    assertThat(absent(after.path("permitNumber"))).as("no permit number").isTrue();
    mvc.perform(
            post(APPLICATIONS + "/" + id + "/withdrawal")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .with(applicant(OWNER)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/application-decided"));
  }

  private static boolean absent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }
}
