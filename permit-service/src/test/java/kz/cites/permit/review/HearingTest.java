package kz.cites.permit.review;

import static kz.cites.permit.Personas.applicant;
import static kz.cites.permit.Personas.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ApplicationWithdrawn;
import kz.cites.events.CitesEvent;
import kz.cites.events.HearingAnswered;
import kz.cites.events.HearingLapsed;
import kz.cites.events.HearingScheduled;
import kz.cites.messaging.Outbox;
import kz.cites.permit.ArchivalPdfs;
import kz.cites.permit.Fixtures;
import kz.cites.permit.Inputs;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.Published;
import kz.cites.permit.ReviewCaseSeeds;
import kz.cites.permit.TestClock;
import kz.cites.permit.review.domain.CaseStatus;
import kz.cites.permit.review.domain.ReviewCase;
import kz.cites.permit.review.domain.ReviewCaseRepository;
import kz.cites.permit.signing.RelyingParty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hearing before a refusal (APC art. 73, domain.md section 5): a ground found by the checks or
 * by an officer opens a hearing instead of refusing; the answer brings the case back to an officer,
 * the deadline passing without one makes the refusal final; the term follows the hearing.
 */
class HearingTest extends IntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Instant ANSWER_BY = Instant.parse("2026-09-02T13:00:00Z");
  private static final Instant DECISION_DUE = Instant.parse("2026-09-03T12:30:00Z");

  @Autowired Outbox outbox;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired ReviewCaseRepository cases;
  @Autowired OverdueAlerts alerts;
  @Autowired TestClock clock;
  @Autowired MockMvc mvc;

  private final RelyingParty relyingParty = new RelyingParty();

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aCourtBanFoundByTheChecksOpensAHearingAndWithoutAnAnswerTheRefusalBecomesFinal()
      throws Exception {
    UUID applicationId = UUID.randomUUID();
    feed(
        Fixtures.submitted(applicationId, Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true)));
    feed(Fixtures.courtBan(applicationId));
    feed(Fixtures.feeConfirmed(applicationId));

    await()
        .atMost(PATIENCE)
        .until(
            () ->
                Published.typesFor(applicationId).contains("kz.cites.PreliminaryRefusalNotified"));
    JsonNode notice = Published.payload(json, applicationId, "kz.cites.PreliminaryRefusalNotified");
    assertThat(notice.get("grounds").get(0).asString()).isEqualTo("COURT_BAN");
    assertThat(notice.get("automatic").asBoolean()).isTrue();
    // the explanation in every language, quoting the check's own words, and what was found as codes
    assertThat(notice.get("reason").asString())
        .isEqualTo(
            "Ground 3: the check of court records found that " + Fixtures.COURT_BAN_FOUND.en());
    assertThat(notice.get("explanation").get("kk").asString())
        .isEqualTo(
            "3-негіз: сот актілері туралы мәліметтер бойынша тексеру кезінде анықталды: "
                + Fixtures.COURT_BAN_FOUND.kk());
    assertThat(notice.get("explanation").get("ru").asString())
        .isEqualTo(
            "Основание 3: при проверке по сведениям о судебных актах установлено: "
                + Fixtures.COURT_BAN_FOUND.ru());
    assertThat(notice.get("findings").get(0).get("finding").asString())
        .isEqualTo("ACTIVITY_BANNED");
    assertThat(notice.get("findings").get(0).get("check").asString()).isEqualTo("COURT_RECORDS");
    UUID hearingId = UUID.fromString(notice.get("hearingId").asString());
    assertThat(caseOf(applicationId).status()).isEqualTo(CaseStatus.HEARING);
    assertThat(Published.typesFor(applicationId))
        .doesNotContain("kz.cites.ApplicationRefused", "kz.cites.ReviewCaseOpened");

    feedAndAwait(scheduled(applicationId, hearingId));
    mvc.perform(get("/api/v1/review/cases/" + applicationId).with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("HEARING"))
        .andExpect(jsonPath("$.dueAt").value(Fixtures.DUE.toString()))
        .andExpect(jsonPath("$.hearing.grounds[0]").value("COURT_BAN"))
        .andExpect(jsonPath("$.hearing.notifiedBy").value("system"))
        .andExpect(jsonPath("$.hearing.answerBy").value(ANSWER_BY.toString()))
        .andExpect(jsonPath("$.hearing.decisionDueAt").value(DECISION_DUE.toString()));
    // an officer reads the explanation in the language asked for
    mvc.perform(
            get("/api/v1/review/cases/" + applicationId)
                .header("Accept-Language", "kk")
                .with(officer()))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Language", "kk"))
        .andExpect(
            jsonPath("$.hearing.reason").value(notice.get("explanation").get("kk").asString()));

    HearingLapsed lapsed =
        new HearingLapsed(
            UUID.randomUUID(), ANSWER_BY, applicationId, hearingId, ANSWER_BY, DECISION_DUE);
    feedAndAwait(lapsed);
    feedAndAwait(
        new HearingLapsed(
            UUID.randomUUID(), ANSWER_BY, applicationId, hearingId, ANSWER_BY, DECISION_DUE));

    ReviewCase refused = caseOf(applicationId);
    assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
    assertThat(refused.decidedBy()).isEqualTo("system");
    assertThat(refused.refusalGrounds()).containsExactly(kz.cites.events.RefusalGround.COURT_BAN);
    assertThat(refused.hearing().lapsedAt()).isNotNull();
    await()
        .atMost(PATIENCE)
        .until(() -> Published.typesFor(applicationId).contains("kz.cites.ApplicationRefused"));
    assertThat(Published.typesFor(applicationId))
        .containsExactly("kz.cites.PreliminaryRefusalNotified", "kz.cites.ApplicationRefused");
    JsonNode refusal = Published.payload(json, applicationId, "kz.cites.ApplicationRefused");
    assertThat(refusal.get("automatic").asBoolean()).isTrue();
    // the final refusal says what the notice said, in every language
    assertThat(refusal.get("explanation")).isEqualTo(notice.get("explanation"));
    assertThat(refusal.get("findings")).isEqualTo(notice.get("findings"));
    assertThat(refusal.get("reason")).isEqualTo(notice.get("reason"));
    assertThat(refused.explanationIn("ru"))
        .isEqualTo(notice.get("explanation").get("ru").asString());
    assertThat(auditActions(applicationId))
        .containsSubsequence(
            "PRELIMINARY_REFUSAL", "HEARING_SCHEDULED", "HEARING_LAPSED", "REFUSED")
        .containsOnlyOnce("REFUSED");
  }

  /**
   * Issue 14, "Done when": the refusal signed after a lapsed hearing, read back as its readers do.
   * The signed payload says everything in Kazakh, Russian and English and still verifies with the
   * NCA root alone; the PDF, read with PDFBox, names the applicant as the registry does (Cyrillic)
   * and prints the Kazakh and Russian texts side by side, the English translation only when asked
   * for, every letter from an embedded font.
   */
  @Test
  void theRefusalIsSignedInEveryLanguageAndPrintsKazakhAndRussianWithEnglishOnRequest()
      throws Exception {
    UUID applicationId = refusedAfterTheHearingLapsed();
    String path = "/api/v1/refusals/" + applicationId + "/document";

    String jws =
        mvc.perform(get(path).with(applicant(Fixtures.HOLDER_IIN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(relyingParty.sealOf(jws, NOW)).last().isEqualTo(kz.cites.permit.TestNca.root());
    JsonNode payload = json.readTree(JWSObject.parse(jws).getPayload().toBytes());
    assertThat(payload.get("applicantName").asString()).isEqualTo("Әбенова Айгерім Серікқызы");
    assertThat(payload.get("findings").get(0).get("finding").asString())
        .isEqualTo("ACTIVITY_BANNED");
    for (String language : List.of("kk", "ru", "en")) {
      JsonNode wording = payload.get("texts").get(language);
      assertThat(wording.get("grounds").get(0).get("ground").asString()).isEqualTo("COURT_BAN");
      assertThat(wording.get("grounds").get(0).get("wording").asString()).isNotBlank();
      assertThat(wording.get("explanation").asString())
          .contains(
              language.equals("kk")
                  ? Fixtures.COURT_BAN_FOUND.kk()
                  : language.equals("ru")
                      ? Fixtures.COURT_BAN_FOUND.ru()
                      : Fixtures.COURT_BAN_FOUND.en());
      assertThat(wording.get("appeal").size()).isEqualTo(3);
    }
    // the first version's members keep their English meaning
    assertThat(payload.get("grounds").get(0).get("legalReference").asString())
        .contains("18-03/143")
        .endsWith("item 9, subitem 3");
    assertThat(payload.get("appeal").toString()).contains("Civil Service Affairs");

    var kazakhAndRussian =
        mvc.perform(
                get(path)
                    .accept(MediaType.APPLICATION_PDF)
                    .header("Accept-Language", "kk")
                    .with(applicant(Fixtures.HOLDER_IIN)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Language", "kk, ru"))
            .andReturn()
            .getResponse();
    String letter =
        ArchivalPdfs.textOfAnArchivalPdf(kazakhAndRussian.getContentAsByteArray())
            .replaceAll("\\s+", " ")
            // a line broken after a hyphen reads as the word it was
            .replace("- ", "-");
    assertThat(letter)
        // the applicant as the registry names them
        .contains("Кімге: Әбенова Айгерім Серікқызы (ЖСН " + Fixtures.HOLDER_IIN + ")")
        .contains("Кому: Әбенова Айгерім Серікқызы (ИИН " + Fixtures.HOLDER_IIN + ")")
        // the frame in both languages
        .contains("ДӘЛЕЛДІ БАС ТАРТУ")
        .contains("МОТИВИРОВАННЫЙ ОТКАЗ")
        .contains("Бас тарту негіздері")
        .contains("Основания отказа")
        .contains("Тыңдау")
        .contains("Заслушивание")
        .contains("Шағым жасау тәртібі")
        .contains("Порядок обжалования")
        // ground 3 in the order's own Kazakh words, and in Russian
        .contains("тыйым салу туралы заңды күшіне енген сот шешімінің (үкімінің) болуы")
        .contains("9-тармақ, 3) тармақша")
        .contains("о запрещении деятельности или отдельных видов деятельности")
        .contains("пункт 9, подпункт 3)")
        // the explanation in each, quoting the check
        .contains(Fixtures.COURT_BAN_FOUND.kk())
        .contains(Fixtures.COURT_BAN_FOUND.ru())
        // the authority's seal signed it, automatically after the lapse
        .contains("Уәкілетті органның ЭЦҚ-сымен қол қойылды")
        .contains("Подписано ЭЦП уполномоченного органа")
        // no English unless asked for
        .doesNotContain("REASONED REFUSAL")
        .doesNotContain("How to appeal");

    var withEnglish =
        mvc.perform(
                get(path)
                    .accept(MediaType.APPLICATION_PDF)
                    .header("Accept-Language", "en")
                    .with(applicant(Fixtures.HOLDER_IIN)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Language", "kk, ru, en"))
            .andExpect(
                header().string("Vary", org.hamcrest.Matchers.containsString("Accept-Language")))
            .andReturn()
            .getResponse();
    assertThat(
            ArchivalPdfs.textOfAnArchivalPdf(withEnglish.getContentAsByteArray())
                .replaceAll("\\s+", " ")
                .replace("- ", "-"))
        .contains("ДӘЛЕЛДІ БАС ТАРТУ")
        .contains("МОТИВИРОВАННЫЙ ОТКАЗ")
        .contains(
            "English translation, for information; the Kazakh and Russian texts are authentic.")
        .contains("REASONED REFUSAL")
        .contains("To: Әбенова Айгерім Серікқызы (IIN " + Fixtures.HOLDER_IIN + ")")
        .contains(Fixtures.COURT_BAN_FOUND.en())
        .contains("How to appeal");
  }

  @Test
  void anOfficersIntendedRefusalWaitsForTheAnswerAndTheFinalDecisionMayBeAPermit()
      throws Exception {
    UUID applicationId = ReviewCaseSeeds.inReview(jdbc, json, Fixtures.DUE);
    String refuse =
        """
        {"decision": "REFUSE", "grounds": ["NON_COMPLIANCE"],
         "reason": "Не приложена копия разрешения на добычу.",
         "meeting": {"at": "2026-09-02T05:00:00Z", "place": "Астана, ул. Мәңгілік Ел 8, каб. 214"}}
        """;
    mvc.perform(decision(applicationId, refuse).with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("HEARING"))
        .andExpect(jsonPath("$.hearing.notifiedBy").value(kz.cites.permit.Personas.OFFICER_IIN))
        .andExpect(jsonPath("$.hearing.meeting.place").value("Астана, ул. Мәңгілік Ел 8, каб. 214"))
        .andExpect(jsonPath("$.decision").doesNotExist());
    UUID hearingId = caseOf(applicationId).hearing().id();

    // the final refusal waits for the answer: 409, nothing changed
    mvc.perform(decision(applicationId, refuse).with(officer()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/hearing-in-progress"))
        // the case's status has its own member; status is the problem's HTTP status (RFC 9457)
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(jsonPath("$.caseStatus").value("HEARING"));
    assertThat(caseOf(applicationId).status()).isEqualTo(CaseStatus.HEARING);

    // an answer to another hearing is not this one's
    feedAndAwait(answer(applicationId, UUID.randomUUID()));
    assertThat(caseOf(applicationId).status()).isEqualTo(CaseStatus.HEARING);

    Instant decisionDue = Instant.parse("2026-09-02T12:30:00Z");
    feedAndAwait(
        new HearingAnswered(
            UUID.randomUUID(),
            NOW,
            applicationId,
            hearingId,
            "Копия разрешения на добычу № 000123 прилагается.",
            List.of(
                new HearingAnswered.Document(
                    UUID.randomUUID(), "HUNTING_PERMIT", "razreshenie.pdf", "application/pdf")),
            NOW,
            decisionDue));
    mvc.perform(get("/api/v1/review/cases/" + applicationId).with(officer()))
        .andExpect(jsonPath("$.status").value("IN_REVIEW"))
        .andExpect(
            jsonPath("$.hearing.answer.text")
                .value("Копия разрешения на добычу № 000123 прилагается."))
        .andExpect(jsonPath("$.hearing.answer.documents[0].type").value("HUNTING_PERMIT"))
        // the hearing ended before the original due date: the term is not shortened
        .andExpect(jsonPath("$.termEndsAt").value(Fixtures.DUE.toString()));
    // a late lapse of the answered hearing changes nothing
    feedAndAwait(
        new HearingLapsed(
            UUID.randomUUID(), ANSWER_BY, applicationId, hearingId, ANSWER_BY, DECISION_DUE));
    assertThat(caseOf(applicationId).status()).isEqualTo(CaseStatus.IN_REVIEW);

    mvc.perform(decision(applicationId, "{\"decision\": \"APPROVE\"}").with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.decision.permitNumber").isNotEmpty());
    assertThat(auditActions(applicationId))
        .containsExactly("PRELIMINARY_REFUSAL", "HEARING_ANSWERED", "APPROVED", "ISSUED");
  }

  @Test
  void aRefusalOnAGroundNotHeardOpensAHearingOnItFirst() throws Exception {
    UUID applicationId = ReviewCaseSeeds.inReview(jdbc, json, Fixtures.DUE);
    mvc.perform(
            decision(
                    applicationId,
                    "{\"decision\": \"REFUSE\", \"grounds\": [\"NON_COMPLIANCE\"],"
                        + " \"reason\": \"Нет заключения научной организации.\"}")
                .with(officer()))
        .andExpect(jsonPath("$.status").value("HEARING"));
    feedAndAwait(answer(applicationId, caseOf(applicationId).hearing().id()));

    // heard on ground 2 only: a refusal naming ground 1 as well is a new preliminary decision
    mvc.perform(
            decision(
                    applicationId,
                    "{\"decision\": \"REFUSE\", \"grounds\": [\"NON_COMPLIANCE\","
                        + " \"UNRELIABLE_DATA\"], \"reason\": \"Заключение поддельное.\"}")
                .with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("HEARING"))
        .andExpect(jsonPath("$.hearing.grounds.length()").value(2));
    assertThat(
            Published.typesFor(applicationId).stream()
                .filter("kz.cites.PreliminaryRefusalNotified"::equals)
                .count())
        .isEqualTo(2);
  }

  @Test
  void aWithdrawalDuringTheHearingEndsTheCaseAndALaterLapseChangesNothing() throws Exception {
    UUID applicationId = ReviewCaseSeeds.inReview(jdbc, json, Fixtures.DUE);
    mvc.perform(
            decision(
                    applicationId,
                    "{\"decision\": \"REFUSE\", \"grounds\": [\"NON_COMPLIANCE\"],"
                        + " \"reason\": \"Нет договора.\"}")
                .with(officer()))
        .andExpect(jsonPath("$.status").value("HEARING"));
    UUID hearingId = caseOf(applicationId).hearing().id();

    feedAndAwait(new ApplicationWithdrawn(UUID.randomUUID(), NOW, applicationId, "Передумал"));
    assertThat(caseOf(applicationId).status()).isEqualTo(CaseStatus.WITHDRAWN);
    feedAndAwait(
        new HearingLapsed(
            UUID.randomUUID(), ANSWER_BY, applicationId, hearingId, ANSWER_BY, DECISION_DUE));

    assertThat(caseOf(applicationId).status()).isEqualTo(CaseStatus.WITHDRAWN);
    mvc.perform(decision(applicationId, "{\"decision\": \"APPROVE\"}").with(officer()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/case-withdrawn"))
        .andExpect(jsonPath("$.caseStatus").value("WITHDRAWN"));
    assertThat(Published.typesFor(applicationId))
        .containsExactly("kz.cites.PreliminaryRefusalNotified");
    mvc.perform(
            get("/api/v1/refusals/" + applicationId + "/document")
                .with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isNotFound());
  }

  @Test
  void overdueAlertsGoByTheEndOfTheTermTheHearingExtended() throws Exception {
    // due an hour from now; the hearing's decision is due two days later
    Instant due = NOW.plus(Duration.ofHours(1));
    UUID applicationId = ReviewCaseSeeds.inReview(jdbc, json, due);
    mvc.perform(
            decision(
                    applicationId,
                    "{\"decision\": \"REFUSE\", \"grounds\": [\"NON_COMPLIANCE\"],"
                        + " \"reason\": \"Нет договора.\"}")
                .with(officer()))
        .andExpect(jsonPath("$.status").value("HEARING"));
    Instant hearingDecisionDue = NOW.plus(Duration.ofDays(2));
    feedAndAwait(
        new HearingScheduled(
            UUID.randomUUID(),
            NOW,
            applicationId,
            caseOf(applicationId).hearing().id(),
            NOW.plus(Duration.ofDays(1)),
            hearingDecisionDue));

    clock.advance(Duration.ofHours(2)); // past the original due, within the hearing's term
    alerts.announce();
    assertThat(overdueRecorded(applicationId)).isZero();
    mvc.perform(get("/api/v1/review/cases/" + applicationId).with(officer()))
        .andExpect(jsonPath("$.dueAt").value(due.toString()))
        .andExpect(jsonPath("$.termEndsAt").value(hearingDecisionDue.toString()))
        .andExpect(jsonPath("$.overdue").value(false));

    clock.advance(Duration.ofDays(2));
    alerts.announce();
    assertThat(overdueRecorded(applicationId)).isOne();
  }

  /** An automatic preliminary refusal on a court ban, whose hearing lapsed: the case refused. */
  private UUID refusedAfterTheHearingLapsed() throws Exception {
    UUID applicationId = UUID.randomUUID();
    feed(
        Fixtures.submitted(applicationId, Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true)));
    feed(Fixtures.courtBan(applicationId));
    feed(Fixtures.feeConfirmed(applicationId));
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                Published.typesFor(applicationId).contains("kz.cites.PreliminaryRefusalNotified"));
    UUID hearingId = caseOf(applicationId).hearing().id();
    feedAndAwait(scheduled(applicationId, hearingId));
    feedAndAwait(
        new HearingLapsed(
            UUID.randomUUID(), ANSWER_BY, applicationId, hearingId, ANSWER_BY, DECISION_DUE));
    assertThat(caseOf(applicationId).status()).isEqualTo(CaseStatus.REFUSED);
    return applicationId;
  }

  private ReviewCase caseOf(UUID applicationId) {
    return cases.findById(applicationId).orElseThrow();
  }

  private static HearingScheduled scheduled(UUID applicationId, UUID hearingId) {
    return new HearingScheduled(
        UUID.randomUUID(), NOW, applicationId, hearingId, ANSWER_BY, DECISION_DUE);
  }

  private static HearingAnswered answer(UUID applicationId, UUID hearingId) {
    return new HearingAnswered(
        UUID.randomUUID(),
        NOW,
        applicationId,
        hearingId,
        "Прошу учесть приложенные документы.",
        List.of(),
        NOW,
        DECISION_DUE);
  }

  private void feed(CitesEvent event) {
    Inputs.feed(outbox, transactions, event);
  }

  private void feedAndAwait(CitesEvent event) {
    Inputs.feedAndAwait(outbox, transactions, jdbc, event);
  }

  private int overdueRecorded(UUID applicationId) {
    return jdbc.sql(
            "select count(*) from outbox_event where message_key = :key"
                + " and event_type = 'kz.cites.ReviewOverdue'")
        .param("key", applicationId.toString())
        .query(Integer.class)
        .single();
  }

  private List<String> auditActions(UUID applicationId) {
    // in the order written: the test's clock stands still while events carry later times
    return jdbc.sql("select action from audit_entry where application_id = :id order by id")
        .param("id", applicationId)
        .query(String.class)
        .list();
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      decision(UUID applicationId, String body) {
    return post("/api/v1/review/cases/" + applicationId + "/decision")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}
