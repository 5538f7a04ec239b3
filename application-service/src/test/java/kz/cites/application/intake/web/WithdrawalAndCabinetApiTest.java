package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.officer;
import static kz.cites.application.intake.web.Drafts.NURLANOVA;
import static kz.cites.application.intake.web.Drafts.SEITKALI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.ApplicationRefused;
import kz.cites.events.FeeAssessed;
import kz.cites.events.PermitCancelled;
import kz.cites.events.PermitEndorsed;
import kz.cites.events.PermitImportConfirmed;
import kz.cites.events.PermitIssued;
import kz.cites.events.RefusalGround;
import kz.cites.events.ReviewCaseOpened;
import kz.cites.events.ReviewOverdue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * Withdrawal, the permit events that follow a decision, history order and the personal cabinet, on
 * a real PostgreSQL and a real Kafka broker.
 */
class WithdrawalAndCabinetApiTest extends IntakeApiTest {

  static final String WITHDRAWER = SEITKALI.iin();
  static final String HOLDER = NURLANOVA.iin();
  static final String STRANGER = OTHER;
  static final String PERMIT = "26KZ000777";

  @Test
  void aSubmittedApplicationIsWithdrawnOnceAndNoLaterEventMovesIt() throws Exception {
    UUID id = submitted(draft(SEITKALI), "SCIENTIFIC_OPINION");
    String location = "/api/v1/applications/" + id;
    feed(feeAssessed(id, NOW)); // the withdrawal below happens at NOW too (fixed clock)
    awaitStatus(id, WITHDRAWER, "IN_VERIFICATION");

    String body = "{\"reason\": \"The buyer cancelled the contract\"}";
    mvc.perform(withdrawal(location, body).with(applicant(STRANGER)))
        .andExpect(status().isNotFound());
    mvc.perform(withdrawal(location, body).with(officer())).andExpect(status().isForbidden());
    mvc.perform(withdrawal(location, body).with(applicant(WITHDRAWER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WITHDRAWN"))
        .andExpect(jsonPath("$.withdrawal.reason").value("The buyer cancelled the contract"))
        .andExpect(jsonPath("$.history[-1].status").value("WITHDRAWN"));
    mvc.perform(withdrawal(location, body).with(applicant(WITHDRAWER)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/application-withdrawn"));

    List<ConsumerRecord<String, String>> announced =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> published(id, "kz.cites.ApplicationWithdrawn"), r -> !r.isEmpty());
    assertThat(announced).hasSize(1);
    assertThat(json.readTree(announced.getFirst().value()).path("reason").asString())
        .isEqualTo("The buyer cancelled the contract");

    // the permit-service decided before it saw the withdrawal: the application stays withdrawn
    PermitIssued late = permitIssued(id, NOW.plusSeconds(120), PERMIT);
    feed(late);
    awaitProcessed(late);
    JsonNode after = read(get(location).with(officer()));
    assertThat(after.path("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(after.path("permitNumber").isNull()).isTrue();
    assertThat(notes(after)).anyMatch(note -> note.startsWith("Выдано разрешение 26KZ0"));

    JsonNode cabinet =
        read(get("/api/v1/cabinet/notifications?size=100").with(applicant(WITHDRAWER)));
    assertThat(kindsOf(cabinet, Set.of(id)))
        .containsExactly("WITHDRAWAL_CONFIRMED", "SUBMISSION_REGISTERED");
  }

  @Test
  void aDraftMayBeWithdrawnAndIsThenClosed() throws Exception {
    String location = created(draft(SEITKALI));
    mvc.perform(post(location + "/withdrawal").with(applicant(WITHDRAWER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WITHDRAWN"))
        .andExpect(jsonPath("$.withdrawal.reason").value(org.hamcrest.Matchers.nullValue()));
    mvc.perform(
            post(location + "/submission")
                .with(applicant(WITHDRAWER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"signature\": \"TUlJQ2lnWUpLb1pJaHZjTg==\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/application-withdrawn"));
  }

  @Test
  void aCustomsEndorsementReachesTheHistoryAndTheCabinet() throws Exception {
    UUID id = submitted(draft(NURLANOVA), "SCIENTIFIC_OPINION");
    String location = "/api/v1/applications/" + id;
    feed(permitIssued(id, NOW.plusSeconds(600), PERMIT));
    awaitStatus(id, HOLDER, "ISSUED");
    PermitEndorsed endorsed =
        new PermitEndorsed(
            UUID.randomUUID(),
            NOW.plusSeconds(7200),
            id,
            PERMIT,
            List.of(new PermitEndorsed.Line(1, "Falco cherrug", java.math.BigDecimal.ONE, null)),
            "Алматы әуежайы",
            java.time.LocalDate.parse("2026-03-12"),
            "50101/120326/0000042",
            "800229309571");
    feed(endorsed);
    awaitProcessed(endorsed);

    JsonNode application =
        read(get(location).header("Accept-Language", "en").with(applicant(HOLDER)));
    assertThat(application.path("status").asString()).isEqualTo("ISSUED");
    assertThat(notes(application))
        .filteredOn(note -> note.startsWith("Permit " + PERMIT + " endorsed by customs"))
        .containsExactly("Permit " + PERMIT + " endorsed by customs: 2026-03-12, Алматы әуежайы");

    // the importing country's answer through the e-permit exchange: in the history
    PermitImportConfirmed confirmed =
        new PermitImportConfirmed(
            UUID.randomUUID(),
            NOW.plusSeconds(9000),
            id,
            PERMIT,
            "DE",
            true,
            List.of(
                new PermitImportConfirmed.Line(1, "Falco cherrug", java.math.BigDecimal.ONE, null)),
            java.time.LocalDate.parse("2026-03-14"),
            "DE-E-2026-0042",
            "750310300714");
    feed(confirmed);
    awaitProcessed(confirmed);
    assertThat(notes(read(get(location).header("Accept-Language", "en").with(applicant(HOLDER)))))
        .filteredOn(note -> note.startsWith("Import under permit " + PERMIT))
        .containsExactly(
            "Import under permit "
                + PERMIT
                + " confirmed by the CITES authority of DE: 2026-03-14");
    JsonNode cabinet =
        read(
            get("/api/v1/cabinet/notifications?size=100")
                .header("Accept-Language", "kk")
                .with(applicant(HOLDER)));
    assertThat(kindsOf(cabinet, Set.of(id)))
        .containsExactly("PERMIT_ENDORSED", "PERMIT_ISSUED", "SUBMISSION_REGISTERED");
    assertThat(itemsOf(cabinet, Set.of(id)).get(0).path("message").asString())
        .contains(PERMIT)
        .contains("кеден")
        .contains("Алматы әуежайы");
  }

  @Test
  void decisionsOverdueReviewsAndCancellationsReachTheViewAndTheCabinet() throws Exception {
    UUID refusedId = submitted(draft(NURLANOVA), "SCIENTIFIC_OPINION");
    feed(
        new ApplicationRefused(
            UUID.randomUUID(),
            NOW.plusSeconds(60),
            refusedId,
            List.of(RefusalGround.UNRELIABLE_DATA),
            "The origin permit does not exist",
            false));
    awaitStatus(refusedId, HOLDER, "REFUSED");
    mvc.perform(withdrawal("/api/v1/applications/" + refusedId, "{}").with(applicant(HOLDER)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/application-decided"));

    UUID id = submitted(draft(NURLANOVA), "SCIENTIFIC_OPINION");
    String location = "/api/v1/applications/" + id;
    // the review opened (2 h) arrives before the fee assessment (1 h) that happened earlier
    feed(new ReviewCaseOpened(UUID.randomUUID(), NOW.plusSeconds(7200), id, NOW.plusSeconds(9000)));
    awaitStatus(id, HOLDER, "IN_REVIEW");
    FeeAssessed fee = feeAssessed(id, NOW.plusSeconds(3600));
    feed(fee);
    awaitProcessed(fee);
    ReviewOverdue overdue =
        new ReviewOverdue(UUID.randomUUID(), NOW.plusSeconds(10_000), id, NOW.plusSeconds(9000));
    feed(overdue);
    awaitProcessed(overdue);

    JsonNode forOfficer = read(get(location).with(officer()));
    assertThat(forOfficer.path("status").asString()).isEqualTo("IN_REVIEW");
    assertThat(forOfficer.path("overdue").asBoolean()).isTrue();
    JsonNode forApplicant = read(get(location).with(applicant(HOLDER)));
    assertThat(forApplicant.path("overdue").isNull()).isTrue();
    List<Instant> times = times(forOfficer);
    assertThat(times).isSorted();
    // the notes in the reader's language (Russian by default), the due time as Kazakhstan's
    LocalDateTime due = LocalDateTime.ofInstant(NOW.plusSeconds(9000), Kazakhstan.ZONE);
    assertThat(notes(forOfficer))
        .containsSubsequence(
            "Начислена государственная пошлина: 8650 KZT.",
            "Заявка передана на рассмотрение уполномоченному органу.",
            "Срок рассмотрения истёк ("
                + due.format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"))
                + ", время Казахстана), решение ещё не принято.");
    assertThat(notes(read(get(location).header("Accept-Language", "en").with(officer()))))
        .containsSubsequence(
            "State duty assessed: 8650 KZT.",
            "Under review by the authority.",
            "The review is overdue (it was due by "
                + due.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                + ", Kazakhstan time) and not decided yet.");

    feed(permitIssued(id, NOW.plusSeconds(20_000), PERMIT));
    awaitStatus(id, HOLDER, "ISSUED");
    feed(
        new PermitCancelled(
            UUID.randomUUID(),
            NOW.plusSeconds(30_000),
            id,
            PERMIT,
            "The specimens died before export",
            "700101300015"));
    JsonNode cancelled =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> read(get(location).with(officer())),
                n -> n.path("permitStatus").asString().equals("CANCELLED"));
    assertThat(cancelled.path("status").asString()).isEqualTo("ISSUED");
    assertThat(cancelled.path("overdue").asBoolean()).isFalse();
    assertThat(cancelled.path("permitCancellation").path("reason").asString())
        .isEqualTo("The specimens died before export");
    assertThat(times(cancelled)).isSorted();

    // newest first; notifications of the same instant (fixed clock) in the order they were written
    String cabinet = "/api/v1/cabinet/notifications?size=100";
    JsonNode all = read(get(cabinet).with(applicant(HOLDER)));
    assertThat(kindsOf(all, Set.of(id, refusedId)))
        .containsExactly(
            "PERMIT_CANCELLED",
            "PERMIT_ISSUED",
            "SUBMISSION_REGISTERED",
            "APPLICATION_REFUSED",
            "SUBMISSION_REGISTERED");
    JsonNode refusal = itemsOf(all, Set.of(refusedId)).get(0);
    assertThat(refusal.path("refusalGrounds").get(0).asString()).isEqualTo("UNRELIABLE_DATA");
    // no Accept-Language: Russian, the grounds in words, the decision's reason as it was given
    String number = refusal.path("registrationNumber").asString();
    assertThat(refusal.path("message").asString())
        .isEqualTo(
            "В выдаче разрешения по заявке "
                + number
                + " отказано. Основания: недостоверность представленных документов или данных."
                + " Мотивировка: The origin permit does not exist");
    JsonNode registered = itemsOf(all, Set.of(id)).get(2);
    assertThat(registered.path("dueDate").asString()).isEqualTo("2026-03-31");
    assertThat(registered.path("message").asString()).contains("31.03.2026");
    // the same stored notifications, read in each language: written when read
    String registeredNumber = registered.path("registrationNumber").asString();
    Map<String, String> registeredIn =
        Map.of(
            "kk",
            "Сіздің өтінішіңіз "
                + registeredNumber
                + " нөмірімен тіркелді. Шешім қабылдаудың соңғы күні: 31.03.2026.",
            "ru-RU",
            "Ваша заявка зарегистрирована под номером "
                + registeredNumber
                + ". Срок принятия решения — 31.03.2026.",
            "en",
            "Your application was registered as "
                + registeredNumber
                + ". The authority will decide by 2026-03-31.",
            "fr",
            "Ваша заявка зарегистрирована под номером "
                + registeredNumber
                + ". Срок принятия решения — 31.03.2026.");
    for (var language : registeredIn.entrySet()) {
      MockHttpServletResponse answer =
          mvc.perform(
                  get(cabinet).header("Accept-Language", language.getKey()).with(applicant(HOLDER)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse();
      JsonNode page = json.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
      assertThat(answer.getHeader("Content-Language"))
          .isEqualTo(language.getKey().equals("fr") ? "ru" : language.getKey().substring(0, 2));
      assertThat(itemsOf(page, Set.of(id)).get(2).path("message").asString())
          .as(language.getKey())
          .isEqualTo(language.getValue());
      assertThat(itemsOf(page, Set.of(id)).get(2).path("kind").asString())
          .isEqualTo("SUBMISSION_REGISTERED");
    }
    JsonNode refusalInKazakh =
        itemsOf(
                json.readTree(
                    mvc.perform(
                            get(cabinet).header("Accept-Language", "kk").with(applicant(HOLDER)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)),
                Set.of(refusedId))
            .get(0);
    assertThat(refusalInKazakh.path("message").asString())
        .isEqualTo(
            number
                + " нөмірлі өтініш бойынша рұқсат беруден бас тартылды. Негіздері: ұсынылған"
                + " құжаттардың немесе деректердің анық еместігі. Уәжі: The origin permit does not"
                + " exist");
    assertThat(itemsOf(all, Set.of(id)).get(1).path("permitNumber").asString()).isEqualTo(PERMIT);

    String newest = itemsOf(all, Set.of(id)).get(0).path("id").asString();
    mvc.perform(post("/api/v1/cabinet/notifications/" + newest + "/read").with(applicant(STRANGER)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-found"));
    mvc.perform(post("/api/v1/cabinet/notifications/" + newest + "/read").with(applicant(HOLDER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.read").value(true));
    JsonNode unread = read(get(cabinet + "&unreadOnly=true").with(applicant(HOLDER)));
    assertThat(kindsOf(unread, Set.of(id)))
        .containsExactly("PERMIT_ISSUED", "SUBMISSION_REGISTERED");
    assertThat(kindsOf(read(get(cabinet).with(applicant(STRANGER))), Set.of(id, refusedId)))
        .isEmpty();
    mvc.perform(get(cabinet).with(officer())).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/cabinet/notifications?size=0").with(applicant(HOLDER)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("size"));
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      withdrawal(String location, String body) {
    return post(location + "/withdrawal").contentType(MediaType.APPLICATION_JSON).content(body);
  }

  /**
   * One live captive-bred saker falcon for personal purposes: only the scientific opinion needed.
   */
  private static Drafts.Draft draft(Drafts.Applicant applicant) {
    return Drafts.export().by(applicant).specimen(Drafts.saker().quantity(1));
  }

  private static List<JsonNode> itemsOf(JsonNode page, Set<UUID> applications) {
    List<JsonNode> items = new ArrayList<>();
    page.path("items")
        .forEach(
            item -> {
              if (applications.contains(UUID.fromString(item.path("applicationId").asString()))) {
                items.add(item);
              }
            });
    return items;
  }

  private static List<String> kindsOf(JsonNode page, Set<UUID> applications) {
    return itemsOf(page, applications).stream().map(n -> n.path("kind").asString()).toList();
  }
}
