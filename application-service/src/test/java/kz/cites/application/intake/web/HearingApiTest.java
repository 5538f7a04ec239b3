package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.cites.application.intake.HearingDeadlines;
import kz.cites.events.ApplicationRefused;
import kz.cites.events.CheckResult;
import kz.cites.events.LocalizedText;
import kz.cites.events.PreliminaryRefusalNotified;
import kz.cites.events.RefusalFinding;
import kz.cites.events.RefusalGround;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import tools.jackson.databind.JsonNode;

/**
 * The applicant's side of the hearing before a refusal (APC art. 73): the notice opens it with a
 * deadline from the working calendar, the owner answers once and in time, and a deadline passing
 * without an answer is announced once. The clock stands at Friday 20 March 2026, 19:00 Almaty,
 * before the Nauryz days off (23-25 March).
 */
class HearingApiTest extends IntakeApiTest {

  @Autowired HearingDeadlines deadlines;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aNoticeOpensTheHearingAndTheOwnerStatesAPositionOnceWithDocuments() throws Exception {
    UUID id = submitted(Drafts.export().purpose("S"), "CONTRACT", "SCIENTIFIC_OPINION");
    PreliminaryRefusalNotified notice =
        notice(
            id,
            NOW,
            new PreliminaryRefusalNotified.Meeting(
                Instant.parse("2026-03-26T05:00:00Z"), "Астана, Мәңгілік Ел 8, 214"));
    feed(notice);

    JsonNode inHearing = awaitStatus(id, OWNER, "HEARING");
    JsonNode hearing = inHearing.path("hearing");
    // notified Fri 20 Mar: 21-22 weekend, 23-25 Nauryz -> Thu 26, Fri 27 at 18:00 Almaty
    assertThat(hearing.path("answerBy").asString()).isEqualTo("2026-03-27T13:00:00Z");
    assertThat(hearing.path("decisionDueAt").asString()).isEqualTo("2026-03-30T12:30:00Z");
    assertThat(hearing.path("open").asBoolean()).isTrue();
    assertThat(hearing.path("grounds").get(0).asString()).isEqualTo("COURT_BAN");
    assertThat(hearing.path("meeting").path("place").asString()).contains("Мәңгілік Ел");
    assertThat(hearing.path("reason").asString()).isEqualTo(EXPLANATION.ru());
    JsonNode inKazakh =
        read(get(APPLICATIONS + "/" + id).header("Accept-Language", "kk").with(applicant(OWNER)));
    assertThat(inKazakh.path("hearing").path("reason").asString()).isEqualTo(EXPLANATION.kk());
    assertThat(notes(inKazakh))
        .contains(
            "Уәкілетті орган рұқсат беруден бас тартуға ниетті (негіздері: қызметке тыйым салу"
                + " туралы заңды күшіне енген сот шешімі); сіз өз ұстанымыңызды 27.03.2026 18:00"
                + " (Қазақстан уақыты) дейін баяндай аласыз.");
    assertThat(notes(inHearing))
        .contains(
            "Уполномоченный орган намерен отказать в выдаче разрешения (основания: вступившее в"
                + " законную силу решение суда о запрещении деятельности); вы можете изложить свою"
                + " позицию до 27.03.2026 18:00 (время Казахстана).");
    JsonNode noticeInCabinet = cabinetEntry(id, "HEARING_NOTICE");
    assertThat(noticeInCabinet.path("answerBy").asString()).isEqualTo("2026-03-27T13:00:00Z");
    // no Accept-Language: Russian; the deadline and the meeting in Kazakhstan time
    assertThat(noticeInCabinet.path("message").asString())
        .startsWith("Уполномоченный орган намерен отказать в выдаче разрешения по заявке ")
        .contains("Основания: вступившее в законную силу решение суда о запрещении деятельности.")
        .contains("до 27.03.2026 18:00 (время Казахстана).")
        .contains(
            "Вы также приглашены на заслушивание 26.03.2026 10:00 (время Казахстана) по адресу:"
                + " Астана, Мәңгілік Ел 8, 214.")
        .endsWith("Если позиция не будет представлена, отказ станет окончательным.")
        // the explanation in the reader's language, as permit-service wrote it
        .contains("Мотивировка: " + EXPLANATION.ru());
    assertThat(noticeInCabinet.path("reason").asString()).isEqualTo(EXPLANATION.ru());
    JsonNode kazakh = cabinetEntry(id, "HEARING_NOTICE", "kk");
    assertThat(kazakh.path("message").asString())
        .startsWith("Уәкілетті орган ")
        .contains("Уәжі: " + EXPLANATION.kk())
        .contains("мерзімі: 27.03.2026 18:00 (Қазақстан уақыты).");
    assertThat(kazakh.path("reason").asString()).isEqualTo(EXPLANATION.kk());
    assertThat(cabinetEntry(id, "HEARING_NOTICE", "en").path("message").asString())
        .contains("Reason: " + EXPLANATION.en())
        .contains("intends to refuse")
        .contains("until 2026-03-27 18:00 (Kazakhstan time).")
        .contains("You are also invited to a hearing on 2026-03-26 10:00 (Kazakhstan time)");
    JsonNode scheduled = payload(awaitPublished(id, "kz.cites.HearingScheduled"));
    assertThat(scheduled.path("hearingId").asString()).isEqualTo(notice.hearingId().toString());
    assertThat(scheduled.path("answerBy").asString()).isEqualTo("2026-03-27T13:00:00Z");

    // the same notice again (as after a replay, under a new event id) opens nothing more
    PreliminaryRefusalNotified again =
        new PreliminaryRefusalNotified(
            UUID.randomUUID(),
            notice.occurredAt(),
            id,
            notice.hearingId(),
            notice.grounds(),
            notice.reason(),
            notice.automatic(),
            notice.decidedBy(),
            notice.meeting());
    feed(again);
    awaitProcessed(again);
    assertThat(published(id, "kz.cites.HearingScheduled")).hasSize(1);

    String location = APPLICATIONS + "/" + id;
    String documentId =
        idOf(upload(location, "OTHER", "postanovlenie.pdf", pdf(2048))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location"))
            .toString();

    // someone else's answer, an empty one, a foreign document: refused, nothing changed
    objection(id, OTHER, "{\"text\": \"Не моё заявление\"}").andExpect(status().isNotFound());
    objection(id, OWNER, "{\"text\": \"  \"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("text"));
    objection(
            id,
            OWNER,
            "{\"text\": \"Копия прилагается\", \"documentIds\": [\"" + UUID.randomUUID() + "\"]}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "unknown-document"))
        .andExpect(jsonPath("$.field").value("documentIds[0]"));
    assertThat(read(get(location).with(applicant(OWNER))).path("hearing").path("open").asBoolean())
        .isTrue();

    String position = "Решение суда отменено 18.03.2026; копия постановления прилагается.";
    objection(
            id,
            OWNER,
            "{\"text\": \"" + position + "\", \"documentIds\": [\"" + documentId + "\"]}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.open").value(false))
        .andExpect(jsonPath("$.answer.text").value(position))
        .andExpect(jsonPath("$.answer.documentIds[0]").value(documentId));

    JsonNode answered = payload(awaitPublished(id, "kz.cites.HearingAnswered"));
    assertThat(answered.path("text").asString()).isEqualTo(position);
    assertThat(answered.path("documents").get(0).path("type").asString()).isEqualTo("OTHER");
    assertThat(answered.path("documents").get(0).path("fileName").asString())
        .isEqualTo("postanovlenie.pdf");
    // answered on Fri 20 Mar after hours: the decision is due the next working day, Thu 26 Mar
    assertThat(answered.path("decisionDueAt").asString()).isEqualTo("2026-03-26T12:30:00Z");

    objection(id, OWNER, "{\"text\": \"Ещё одно\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "hearing-already-answered"))
        .andExpect(jsonPath("$.answeredAt").value(NOW.toString()));
    upload(location, "OTHER", "late.pdf", pdf(512))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "no-open-hearing"));
    assertThat(deadlines.lapseDue()).isZero();
    assertThat(published(id, "kz.cites.HearingAnswered")).hasSize(1);

    // the officer's final decision follows the hearing
    feed(
        new ApplicationRefused(
            UUID.randomUUID(),
            NOW,
            id,
            List.of(RefusalGround.COURT_BAN),
            "The ruling stands.",
            false));
    JsonNode refused = awaitStatus(id, OWNER, "REFUSED");
    assertThat(statuses(refused)).contains("HEARING", "REFUSED");
    assertThat(refused.path("hearing").path("answer").path("text").asString()).isEqualTo(position);
  }

  @Test
  void anAnswerAfterTheDeadlineIsRefusedAndTheLapseIsAnnouncedOnce() throws Exception {
    UUID id = submitted(Drafts.export().purpose("S"), "CONTRACT", "SCIENTIFIC_OPINION");
    // notified Tue 10 Mar 2026: answer by Thu 12 Mar 18:00 Almaty, long past on 20 Mar
    feed(notice(id, Instant.parse("2026-03-10T05:00:00Z"), null));
    JsonNode hearing = awaitStatus(id, OWNER, "HEARING").path("hearing");
    assertThat(hearing.path("answerBy").asString()).isEqualTo("2026-03-12T13:00:00Z");

    objection(id, OWNER, "{\"text\": \"Опоздал, но прошу учесть\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "hearing-deadline-passed"))
        .andExpect(jsonPath("$.answerBy").value("2026-03-12T13:00:00Z"));

    assertThat(deadlines.lapseDue()).isPositive();
    deadlines.lapseDue();
    List<ConsumerRecord<String, String>> lapsed = awaitPublished(id, "kz.cites.HearingLapsed");
    assertThat(lapsed).hasSize(1);
    assertThat(payload(lapsed).path("answerBy").asString()).isEqualTo("2026-03-12T13:00:00Z");
    JsonNode after = read(get(APPLICATIONS + "/" + id).with(applicant(OWNER)));
    assertThat(after.path("hearing").path("lapsedAt").asString()).isEqualTo(NOW.toString());
    assertThat(after.path("status").asString()).isEqualTo("HEARING");
    assertThat(notes(after)).anyMatch(n -> n.contains("отказ становится окончательным"));
  }

  @Test
  void theApplicationWithItsDocumentsRequirementsAndHearingIsReadInOneTransaction()
      throws Exception {
    UUID id = submitted(Drafts.export().purpose("S"), "CONTRACT", "SCIENTIFIC_OPINION");
    feed(notice(id, Instant.parse("2026-03-10T05:00:00Z"), null));
    awaitStatus(id, OWNER, "HEARING");

    // transactions begun by the request itself: MockMvc runs it on this thread, the consumers and
    // schedulers run on theirs
    Thread request = Thread.currentThread();
    AtomicInteger begun = new AtomicInteger();
    TransactionExecutionListener counter =
        new TransactionExecutionListener() {
          @Override
          public void afterBegin(TransactionExecution transaction, Throwable failure) {
            if (Thread.currentThread() == request) {
              begun.incrementAndGet();
            }
          }
        };
    ConfigurableTransactionManager manager = (ConfigurableTransactionManager) transactions;
    manager.addListener(counter);
    JsonNode page;
    try {
      page = read(get(APPLICATIONS + "/" + id).with(applicant(OWNER)));
    } finally {
      manager.getTransactionExecutionListeners().remove(counter);
    }
    assertThat(page.path("status").asString()).isEqualTo("HEARING");
    assertThat(page.path("hearing").path("open").asBoolean()).isTrue();
    assertThat(page.path("documents")).hasSize(2);
    assertThat(page.path("requirements").findValuesAsString("item")).contains("CONTRACT");
    assertThat(begun).hasValue(1);
  }

  @Test
  void withoutAnOpenHearingThereIsNothingToAnswerAndAWithdrawalEndsIt() throws Exception {
    UUID id = submitted(Drafts.export().purpose("S"), "CONTRACT", "SCIENTIFIC_OPINION");
    objection(id, OWNER, "{\"text\": \"Рано\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "no-open-hearing"))
        .andExpect(jsonPath("$.applicationStatus").value("SUBMITTED"));

    feed(notice(id, Instant.parse("2026-03-10T05:00:00Z"), null));
    awaitStatus(id, OWNER, "HEARING");
    mvc.perform(
            post(APPLICATIONS + "/" + id + "/withdrawal")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Сделка отменена\"}")
                .with(applicant(OWNER)))
        .andExpect(status().isOk());

    objection(id, OWNER, "{\"text\": \"После отзыва\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "application-withdrawn"));
    deadlines.lapseDue();
    assertThat(published(id, "kz.cites.HearingLapsed")).isEmpty();
    assertThat(read(get(APPLICATIONS + "/" + id).with(officer())).path("status").asString())
        .isEqualTo("WITHDRAWN");
  }

  private static PreliminaryRefusalNotified notice(
      UUID id, Instant at, PreliminaryRefusalNotified.Meeting meeting) {
    return new PreliminaryRefusalNotified(
        UUID.randomUUID(),
        at,
        id,
        UUID.randomUUID(),
        List.of(RefusalGround.COURT_BAN),
        EXPLANATION.en(),
        true,
        "system",
        meeting,
        EXPLANATION,
        List.of(
            new RefusalFinding(
                RefusalGround.COURT_BAN, CheckResult.Check.COURT_RECORDS, "ACTIVITY_BANNED")));
  }

  /** permit-service's explanation of the notice, written in every language. */
  static final LocalizedText EXPLANATION =
      new LocalizedText(
          "3-негіз: сот актілері туралы мәліметтер бойынша тексеру кезінде анықталды: қызметке"
              + " тыйым салу туралы сот шешімі бар.",
          "Основание 3: при проверке по сведениям о судебных актах установлено: имеется решение"
              + " суда о запрещении деятельности.",
          "Ground 3: the check of court records found that a court ruling bans the activity.");

  private ResultActions objection(UUID id, String iin, String body) throws Exception {
    return mvc.perform(
        post(APPLICATIONS + "/" + id + "/hearing/objection")
            .with(applicant(iin))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.getBytes(StandardCharsets.UTF_8)));
  }

  private JsonNode cabinetEntry(UUID id, String kind) throws Exception {
    return cabinetEntry(id, kind, "ru");
  }

  /** The owner's notification of {@code kind} about {@code id}, read in {@code language}. */
  private JsonNode cabinetEntry(UUID id, String kind, String language) throws Exception {
    JsonNode cabinet =
        read(
            get("/api/v1/cabinet/notifications?size=100")
                .header("Accept-Language", language)
                .with(applicant(OWNER)));
    for (JsonNode item : cabinet.path("items")) {
      if (item.path("kind").asString().equals(kind)
          && item.path("applicationId").asString().equals(id.toString())) {
        return item;
      }
    }
    throw new AssertionError("no " + kind + " for " + id + " in " + cabinet);
  }

  private List<ConsumerRecord<String, String>> awaitPublished(UUID id, String type) {
    return org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(() -> published(id, type), records -> !records.isEmpty());
  }

  private JsonNode payload(List<ConsumerRecord<String, String>> records) {
    assertThat(records).isNotEmpty();
    return json.readTree(records.getFirst().value());
  }
}
