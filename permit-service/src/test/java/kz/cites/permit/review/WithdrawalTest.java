package kz.cites.permit.review;

import static kz.cites.permit.Personas.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ApplicationWithdrawn;
import kz.cites.events.CitesEvent;
import kz.cites.events.Topics;
import kz.cites.messaging.Outbox;
import kz.cites.permit.Fixtures;
import kz.cites.permit.Inputs;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.Published;
import kz.cites.permit.ReviewCaseSeeds;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.permits.domain.PermitStatus;
import kz.cites.permit.review.domain.CaseStatus;
import kz.cites.permit.review.domain.ReviewCaseRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applicant's withdrawal, fed through the outbox and the real broker like every input. The
 * shared context runs with auto-approval on, so a case that got all its inputs without being
 * withdrawn would be approved and its permit issued: the absence of any decision event is telling.
 */
class WithdrawalTest extends IntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String APPROVE = "{\"decision\": \"APPROVE\"}";

  @Autowired Outbox outbox;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired ReviewCaseRepository cases;
  @Autowired PermitRepository permits;
  @Autowired OverdueAlerts alerts;
  @Autowired MockMvc mvc;

  /**
   * W = ApplicationWithdrawn, S = ApplicationSubmitted, V = VerificationCompleted, F =
   * FeeConfirmed; each is processed before the next is sent, so the withdrawal really comes before
   * the last input (and, for W first, before anything else).
   */
  @ParameterizedTest
  @ValueSource(strings = {"WSVF", "SVWF", "FSWV"})
  void aWithdrawalBeforeTheLastInputMeansTheCaseIsNeverDecided(String order) throws Exception {
    UUID applicationId = UUID.randomUUID();
    ApplicationWithdrawn withdrawal = withdrawal(applicationId);
    for (char input : order.toCharArray()) {
      feedAndAwait(
          switch (input) {
            case 'W' -> withdrawal;
            case 'S' ->
                Fixtures.submitted(
                    applicationId, Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true));
            case 'V' -> Fixtures.allChecksPassed(applicationId);
            default -> Fixtures.feeConfirmed(applicationId);
          });
    }
    // The withdrawal again under a new id, then the last inputs once more: still nothing.
    feedAndAwait(withdrawal(applicationId));
    feedAndAwait(Fixtures.feeConfirmed(applicationId));

    // Decision events would have been recorded in the transaction of the input that completed
    // the case, so the outbox (not only the broker) is checked: nothing, ever.
    assertThat(recordedOnPermitTopic(applicationId)).isEmpty();
    assertThat(Published.typesFor(applicationId)).isEmpty();
    assertThat(permits.findByApplicationId(applicationId)).isEmpty();
    assertThat(cases.findById(applicationId).orElseThrow().status())
        .isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(auditActions(applicationId))
        .containsOnlyOnce("WITHDRAWN")
        .doesNotContain("OPENED_FOR_REVIEW", "APPROVED", "REFUSED", "ISSUED");

    mvc.perform(decision(applicationId, APPROVE).with(officer()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/case-withdrawn"));
    mvc.perform(get("/api/v1/review/cases/" + applicationId).with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WITHDRAWN"))
        .andExpect(jsonPath("$.withdrawal.reason").value("Bought the falcon elsewhere"))
        .andExpect(jsonPath("$.decision").doesNotExist());
  }

  @Test
  void aCaseInReviewWithdrawnLeavesTheQueueIsNotAnnouncedOverdueAndCannotBeDecided()
      throws Exception {
    UUID applicationId = ReviewCaseSeeds.inReview(jdbc, json, NOW.minus(Duration.ofHours(1)));

    feedAndAwait(withdrawal(applicationId));

    alerts.announce();
    // Past due, but no longer waiting: no ReviewOverdue, no OVERDUE entry.
    assertThat(recordedOnPermitTopic(applicationId)).isEmpty();
    assertThat(auditActions(applicationId)).containsExactly("WITHDRAWN");
    assertThat(queueIds("IN_REVIEW")).doesNotContain(applicationId.toString());
    assertThat(queueIds("WITHDRAWN")).contains(applicationId.toString());
    mvc.perform(
            decision(
                    applicationId,
                    "{\"decision\": \"REFUSE\", \"grounds\": [\"COURT_BAN\"], \"reason\": \"x\"}")
                .with(officer()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/case-withdrawn"))
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(jsonPath("$.caseStatus").value("WITHDRAWN"));
    mvc.perform(get("/api/v1/review/cases/" + applicationId).with(officer()))
        .andExpect(jsonPath("$.overdue").value(false));
    assertThat(cases.findById(applicationId).orElseThrow().decidedAt()).isNull();
  }

  @Test
  void aWithdrawalAfterTheDecisionChangesNothing() {
    UUID applicationId = UUID.randomUUID();
    feedAndAwait(
        Fixtures.submitted(applicationId, Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true)));
    feedAndAwait(Fixtures.allChecksPassed(applicationId));
    feedAndAwait(Fixtures.feeConfirmed(applicationId));
    await()
        .atMost(PATIENCE)
        .until(() -> Published.typesFor(applicationId).contains("kz.cites.PermitIssued"));

    feedAndAwait(withdrawal(applicationId));
    feedAndAwait(withdrawal(applicationId));

    assertThat(cases.findById(applicationId).orElseThrow().status()).isEqualTo(CaseStatus.APPROVED);
    assertThat(permits.findByApplicationId(applicationId).orElseThrow().status())
        .isEqualTo(PermitStatus.VALID);
    assertThat(recordedOnPermitTopic(applicationId))
        .containsExactlyInAnyOrder("kz.cites.ReviewCaseOpened", "kz.cites.PermitIssued");
    assertThat(auditActions(applicationId))
        .containsOnlyOnce("WITHDRAWAL_IGNORED", "APPROVED", "ISSUED")
        .doesNotContain("WITHDRAWN");
  }

  private static ApplicationWithdrawn withdrawal(UUID applicationId) {
    return new ApplicationWithdrawn(
        UUID.randomUUID(), NOW, applicationId, "Bought the falcon elsewhere");
  }

  /** Records {@code event} in the outbox and waits until permit-service has processed it. */
  private void feedAndAwait(CitesEvent event) {
    Inputs.feedAndAwait(outbox, transactions, jdbc, event);
  }

  private List<String> recordedOnPermitTopic(UUID applicationId) {
    return jdbc.sql(
            "select event_type from outbox_event where message_key = :key and topic = :topic")
        .param("key", applicationId.toString())
        .param("topic", Topics.PERMIT)
        .query(String.class)
        .list();
  }

  private List<String> auditActions(UUID applicationId) {
    return jdbc.sql("select action from audit_entry where application_id = :id order by id")
        .param("id", applicationId)
        .query(String.class)
        .list();
  }

  private List<String> queueIds(String status) throws Exception {
    String body =
        mvc.perform(
                get("/api/v1/review/cases")
                    .param("status", status)
                    .param("size", "500")
                    .with(officer()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body)
        .path("items")
        .valueStream()
        .map(n -> n.get("applicationId").asString())
        .toList();
  }

  private static MockHttpServletRequestBuilder decision(UUID applicationId, String body) {
    return post("/api/v1/review/cases/" + applicationId + "/decision")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}
