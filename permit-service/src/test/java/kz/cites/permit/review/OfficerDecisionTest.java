package kz.cites.permit.review;

import static kz.cites.permit.Personas.applicant;
import static kz.cites.permit.Personas.officer;
import static kz.cites.permit.Personas.person;
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
import kz.cites.events.HearingAnswered;
import kz.cites.messaging.Outbox;
import kz.cites.permit.ArchivalPdfs;
import kz.cites.permit.Fixtures;
import kz.cites.permit.Inputs;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.Personas;
import kz.cites.permit.Published;
import kz.cites.permit.ReviewCaseSeeds;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.review.domain.CaseStatus;
import kz.cites.permit.review.domain.ReviewCaseRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OfficerDecisionTest extends IntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired PermitRepository permits;
  @Autowired ReviewCaseRepository cases;
  @Autowired Outbox outbox;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theQueueListsEarliestDueFirstWithFlagsInKazakhstanTime() throws Exception {
    // NOW is 11:00 in Almaty on 31 Aug 2026.
    UUID later = ReviewCaseSeeds.inReview(jdbc, json, Instant.parse("2025-09-03T12:30:00Z"));
    UUID overdue = ReviewCaseSeeds.inReview(jdbc, json, Instant.parse("2025-08-28T12:30:00Z"));
    UUID middle = ReviewCaseSeeds.inReview(jdbc, json, Instant.parse("2025-08-31T12:30:00Z"));
    // The three are due in 2025 so that they lead the shared queue whatever other tests left.
    String body =
        mvc.perform(
                get("/api/v1/review/cases")
                    .param("dueBefore", "2025-09-04")
                    .with(person("000000000001", "OPERATOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode page = json.readTree(body);
    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("size").asInt()).isEqualTo(20);
    assertThat(page.path("totalElements").asLong()).isGreaterThanOrEqualTo(3);
    JsonNode queue = page.path("items");
    List<String> ids = queue.valueStream().map(n -> n.get("applicationId").asString()).toList();
    assertThat(ids)
        .containsSubsequence(overdue.toString(), middle.toString(), later.toString())
        .doesNotHaveDuplicates();
    // In 2025 terms these are all past due on 31 Aug 2026: overdue, none due "today".
    assertThat(queue.valueStream().filter(n -> n.get("overdue").asBoolean()).count())
        .isEqualTo(queue.size());

    UUID dueToday = ReviewCaseSeeds.inReview(jdbc, json, Instant.parse("2026-08-31T12:30:00Z"));
    UUID dueNextWeek = ReviewCaseSeeds.inReview(jdbc, json, Instant.parse("2026-09-07T12:30:00Z"));
    mvc.perform(get("/api/v1/review/cases/" + dueToday).with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dueToday").value(true))
        .andExpect(jsonPath("$.overdue").value(false))
        .andExpect(jsonPath("$.status").value("IN_REVIEW"))
        .andExpect(jsonPath("$.application.applicant.name").value("Aidos Serikbayev"))
        .andExpect(jsonPath("$.checks[0].check").value("IDENTITY"))
        .andExpect(jsonPath("$.checks[0].registryMessageId").value("msg-" + dueToday))
        .andExpect(jsonPath("$.fee.outcome").value("CONFIRMED"));
    mvc.perform(get("/api/v1/review/cases/" + dueNextWeek).with(officer()))
        .andExpect(jsonPath("$.dueToday").value(false))
        .andExpect(jsonPath("$.overdue").value(false));

    mvc.perform(get("/api/v1/review/cases").param("dueBefore", "31.08.2026").with(officer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("dueBefore"));
    // far past the year 9999 the clock and the database overflow: a 400 naming the field, no 500
    for (String farOut : List.of("+999999999-12-31", "-999999999-01-01", "1899-12-31")) {
      mvc.perform(get("/api/v1/review/cases").param("dueBefore", farOut).with(officer()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.field").value("dueBefore"))
          .andExpect(jsonPath("$.errors[0].rule").value("Range"));
    }
    mvc.perform(get("/api/v1/review/cases").with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isForbidden());
    // the page's bounds, named as every bad parameter here
    mvc.perform(get("/api/v1/review/cases").param("size", "501").with(officer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(jsonPath("$.field").value("size"))
        .andExpect(jsonPath("$.errors[0].rule").value("Range"));
    mvc.perform(get("/api/v1/review/cases").param("page", "-1").with(officer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("page"))
        .andExpect(jsonPath("$.errors[0].rule").value("Min"));
    // the second page of one case each follows the first
    String second =
        mvc.perform(
                get("/api/v1/review/cases")
                    .param("dueBefore", "2025-09-04")
                    .param("page", "1")
                    .param("size", "1")
                    .with(officer()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.page").value(1))
            .andExpect(jsonPath("$.size").value(1))
            .andExpect(jsonPath("$.items.length()").value(1))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json.readTree(second).path("items").get(0).get("applicationId").asString())
        .isEqualTo(ids.get(1));
  }

  @Test
  void anOfficerApprovesOnceAndThePermitCarriesTheConditionsAndTheOfficer() throws Exception {
    UUID applicationId =
        ReviewCaseSeeds.inReview(jdbc, json, Instant.parse("2026-09-03T12:30:00Z"));
    String approve =
        """
        {"decision": "APPROVE", "specialConditions": "Transport in a ventilated crate."}
        """;

    mvc.perform(decision(applicationId, approve).with(person("000000000001", "OPERATOR")))
        .andExpect(status().isForbidden());
    mvc.perform(decision(applicationId, approve).with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.decision.decidedBy").value(Personas.OFFICER_IIN))
        .andExpect(jsonPath("$.decision.permitNumber").isNotEmpty());

    Permit permit = permits.findByApplicationId(applicationId).orElseThrow();
    assertThat(permit.specialConditions()).isEqualTo("Transport in a ventilated crate.");
    assertThat(permit.issuedBy()).isEqualTo(Personas.OFFICER_IIN);
    JWSObject document = JWSObject.parse(permit.document());
    assertThat(document.getPayload().toJSONObject())
        .containsEntry("specialConditions", "Transport in a ventilated crate.")
        .containsEntry("issuedBy", Personas.OFFICER_IIN);

    mvc.perform(
            decision(
                    applicationId,
                    "{\"decision\": \"REFUSE\", \"grounds\": [\"COURT_BAN\"],"
                        + " \"reason\": \"late\"}")
                .with(officer()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/case-already-decided"))
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(jsonPath("$.caseStatus").value("APPROVED"));

    await()
        .atMost(PATIENCE)
        .until(() -> Published.typesFor(applicationId).contains("kz.cites.PermitIssued"));
    assertThat(Published.typesFor(applicationId)).containsExactly("kz.cites.PermitIssued");
    assertThat(auditActions(applicationId)).containsExactly("APPROVED", "ISSUED");
  }

  @Test
  void problemsComeInTheLanguageTheCallerAsksFor() throws Exception {
    UUID applicationId =
        ReviewCaseSeeds.inReview(jdbc, json, Instant.parse("2026-09-03T12:30:00Z"));
    String[][] refusalWithoutGroundsOrReason = {
      {"kk", "kk", "Сұраудың деректері қате", "бас тарту үшін кемінде бір негіз қажет"},
      {"ru", "ru", "Неверные данные запроса", "для отказа нужно хотя бы одно основание"},
      {"en-US", "en", "Invalid request", "a refusal needs at least one ground"},
      {"fr", "ru", "Неверные данные запроса", "для отказа нужно хотя бы одно основание"}
    };
    for (String[] language : refusalWithoutGroundsOrReason) {
      mvc.perform(
              decision(applicationId, "{\"decision\": \"REFUSE\", \"grounds\": []}")
                  .header("Accept-Language", language[0])
                  .with(officer()))
          .andExpect(status().isBadRequest())
          .andExpect(header().string("Content-Language", language[1]))
          .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
          .andExpect(jsonPath("$.title").value(language[2]))
          .andExpect(jsonPath("$.errors[0].field").value("grounds"))
          .andExpect(jsonPath("$.errors[0].rule").value("NotEmpty"))
          .andExpect(jsonPath("$.errors[0].message").value(language[3]));
    }
    // the holder asks for a permit that does not exist: no Accept-Language is Russian
    mvc.perform(get("/api/v1/permits/26KZ999999").with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Language", "ru"))
        .andExpect(jsonPath("$.title").value("Не найдено"))
        .andExpect(jsonPath("$.detail").value("Разрешение 26KZ999999 не найдено."))
        .andExpect(jsonPath("$.number").value("26KZ999999"));
    mvc.perform(
            get("/api/v1/permits/26KZ999999")
                .header("Accept-Language", "kk-KZ")
                .with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(jsonPath("$.title").value("Табылмады"))
        .andExpect(jsonPath("$.detail").value("26KZ999999 рұқсаты табылмады."));
  }

  @Test
  void anOfficerRefusesWithGroundsAndAReasonOnly() throws Exception {
    UUID applicationId =
        ReviewCaseSeeds.inReview(jdbc, json, Instant.parse("2026-09-03T12:30:00Z"));

    mvc.perform(
            decision(applicationId, "{\"decision\": \"REFUSE\", \"grounds\": []}").with(officer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.contains("grounds", "reason")));
    mvc.perform(decision(applicationId, "{\"decision\": \"MAYBE\"}").with(officer()))
        .andExpect(status().isBadRequest());
    mvc.perform(decision(applicationId, "{}").with(officer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("decision"));

    String refuse =
        """
        {"decision": "REFUSE", "grounds": ["UNRELIABLE_DATA", "NON_COMPLIANCE"],
         "reason": "The ring number does not match the breeder's register."}
        """;
    heardOn(applicationId, refuse);

    mvc.perform(decision(applicationId, refuse).with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REFUSED"))
        .andExpect(jsonPath("$.decision.grounds[0]").value("UNRELIABLE_DATA"))
        .andExpect(jsonPath("$.decision.decidedBy").value(Personas.OFFICER_IIN));
    assertThat(permits.findByApplicationId(applicationId)).isEmpty();

    await()
        .atMost(PATIENCE)
        .until(() -> Published.typesFor(applicationId).contains("kz.cites.ApplicationRefused"));
    JsonNode refused = Published.payload(json, applicationId, "kz.cites.ApplicationRefused");
    assertThat(refused.get("automatic").asBoolean()).isFalse();
    assertThat(refused.get("grounds").size()).isEqualTo(2);
    assertThat(refused.get("reason").asString()).contains("ring number");

    String jws =
        mvc.perform(
                get("/api/v1/refusals/" + applicationId + "/document")
                    .with(applicant(Fixtures.HOLDER_IIN)))
            .andExpect(status().isOk())
            .andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                    .contentTypeCompatibleWith("application/jose"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    var payload = JWSObject.parse(jws).getPayload().toJSONObject();
    assertThat(payload).containsEntry("documentType", "CITES_REFUSAL");
    assertThat(payload.get("grounds").toString()).contains("item 9, subitem 1");
    assertThat(payload.get("rules").toString()).contains("18-03/143").contains("No. 282");
    assertThat(payload.get("hearing").toString())
        .contains("Кольцо поставлено питомником")
        .contains("answeredAt");
    assertThat(payload.get("appeal").toString())
        .contains("Agency of the Republic of Kazakhstan for Civil Service Affairs")
        .contains("court");
    // what it says in words, in each language; an officer's explanation is her own words in all
    assertThat(payload.get("texts").toString())
        .contains("Агентство Республики Казахстан по делам государственной службы")
        .contains("Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі");
    assertThat(payload.get("decidedByName")).isEqualTo(Personas.OFFICER_NAME);
    assertThat(payload.get("findings").toString()).isEqualTo("[]");
    byte[] letter =
        mvc.perform(
                get("/api/v1/refusals/" + applicationId + "/document")
                    .accept(MediaType.APPLICATION_PDF)
                    .with(applicant(Fixtures.HOLDER_IIN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(letter)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .contains("ДӘЛЕЛДІ БАС ТАРТУ")
          .contains("МОТИВИРОВАННЫЙ ОТКАЗ")
          .contains("1) мемлекеттік қызметті алу үшін")
          .contains("1) установление недостоверности документов")
          .contains("2) көрсетілетін қызметті алушының")
          .contains("2) несоответствие услугополучателя")
          .contains("ring number")
          // the officer by name, never by IIN
          .contains("Решение принято должностным лицом: " + Personas.OFFICER_NAME)
          .doesNotContain(Personas.OFFICER_IIN)
          .contains("Заслушивание")
          .contains("Порядок обжалования")
          .doesNotContain("How to appeal");
    }
    mvc.perform(
            get("/api/v1/refusals/" + applicationId + "/document")
                .with(applicant(Fixtures.OTHER_IIN)))
        .andExpect(status().isNotFound());
    assertThat(auditActions(applicationId))
        .containsExactly("PRELIMINARY_REFUSAL", "HEARING_ANSWERED", "REFUSED");
  }

  @Test
  void theRefusalLetterPrintsAKazakhExplanationInAnEmbeddedFont() throws Exception {
    UUID applicationId =
        ReviewCaseSeeds.inReview(jdbc, json, Instant.parse("2026-09-03T12:30:00Z"));
    // every letter of Kazakh that Russian has not, in both cases
    String reason =
        "Сақинадағы нөмір «ТЕҢІЗ» питомнигінің тізілімімен сәйкес келмейді. Ұя иесі Һ. Әлиев"
            + " (Өскемен, Үржар ауданы) Ғылыми орталыққа және Қорықтың Іле филиалына хабарлады:"
            + " ұяда үш балапан болған, бірақ құжатта төртеу; Һ әрпі де, ғ, ң, ө, ү, һ да басылуы"
            + " тиіс.";
    assertThat(reason).contains(ArchivalPdfs.KAZAKH_LETTERS.split(""));
    String refuse =
        json.writeValueAsString(
            java.util.Map.of(
                "decision", "REFUSE", "grounds", List.of("UNRELIABLE_DATA"), "reason", reason));
    heardOn(applicationId, refuse);
    mvc.perform(decision(applicationId, refuse).with(officer())).andExpect(status().isOk());

    byte[] letter =
        mvc.perform(
                get("/api/v1/refusals/" + applicationId + "/document")
                    .accept(MediaType.APPLICATION_PDF)
                    .with(applicant(Fixtures.HOLDER_IIN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    String text = ArchivalPdfs.textOfAnArchivalPdf(letter);
    // the text stripper breaks lines where the letter does
    assertThat(text.replaceAll("\\s+", " ")).contains(reason).contains("ДӘЛЕЛДІ БАС ТАРТУ");
  }

  /**
   * The officer's preliminary refusal opens the hearing; the applicant answers in time and the case
   * is back in review, heard on the grounds of {@code refuse}.
   */
  private void heardOn(UUID applicationId, String refuse) throws Exception {
    mvc.perform(decision(applicationId, refuse).with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("HEARING"));
    UUID hearingId = cases.findById(applicationId).orElseThrow().hearing().id();
    Inputs.feed(
        outbox,
        transactions,
        new HearingAnswered(
            UUID.randomUUID(),
            IntegrationTest.NOW,
            applicationId,
            hearingId,
            "Кольцо поставлено питомником; копия реестра приложена.",
            List.of(),
            IntegrationTest.NOW,
            Instant.parse("2026-09-01T12:30:00Z")));
    await()
        .atMost(PATIENCE)
        .until(() -> cases.findById(applicationId).orElseThrow().status() == CaseStatus.IN_REVIEW);
  }

  private List<String> auditActions(UUID applicationId) {
    return jdbc.sql("select action from audit_entry where application_id = :id order by at, id")
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
