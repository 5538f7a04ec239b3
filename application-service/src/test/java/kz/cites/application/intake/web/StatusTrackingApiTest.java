package kz.cites.application.intake.web;

import static kz.cites.application.Callers.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import kz.cites.events.FeeAssessed;
import org.junit.jupiter.api.Test;
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
}
