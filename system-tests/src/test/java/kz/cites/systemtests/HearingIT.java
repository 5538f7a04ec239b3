package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hearing before a refusal, through the gateway (APC art. 73; domain.md section 5): a ground
 * found opens a hearing, not a refusal; the applicant states a position once, in time, with
 * documents; the officer's final decision follows; with no answer the refusal becomes final on the
 * deadline. The stack runs with a demonstration answer period of one minute instead of 2 working
 * days (SystemUnderTest), so the deadline passes within the test.
 */
class HearingIT {

  static final String OFFICER_IIN = "860606407353";

  /** Under a court ban on the activity (court records): ground 3. */
  static final Drafts.Applicant KASSYMOV = individual("790405303376", "Kassymov Timur Yerbolovich");

  /** Known to the individuals database as deceased: ground 1. */
  static final Drafts.Applicant NURPEISOV =
      individual("470211300638", "Nurpeisov Bakhyt Amanovich");

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void aCourtBanOpensAHearingTheApplicantAnswersAndTheOfficerRefusesFinally() throws Exception {
    String token = portal.signIn(KASSYMOV.iin(), null, "APPLICANT");
    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    String applicationId = portal.fileComplete(KASSYMOV, Drafts.export(KASSYMOV), token);

    JsonNode hearing = awaitHearing(applicationId, token);
    assertThat(hearing.path("grounds").toString()).contains("COURT_BAN");
    assertThat(hearing.path("automatic").asBoolean()).isTrue();
    assertThat(hearing.path("open").asBoolean()).isTrue();
    assertThat(cabinetKinds(applicationId, token)).contains("HEARING_NOTICE");

    // the officer may not refuse while the applicant may still answer
    Http.Response early =
        http.post(
            portal.api("/api/v1/review/cases/" + applicationId + "/decision"),
            officer,
            Map.of(
                "decision", "REFUSE", "grounds", List.of("COURT_BAN"), "reason", "Запрет суда."));
    assertThat(early.status()).as(early.body().toString()).isEqualTo(409);
    assertThat(early.body().path("type").asString()).endsWith("/hearing-in-progress");

    // someone else cannot answer; a document of another application is not this one's
    String stranger = portal.signIn(Drafts.ABENOVA.iin(), null, "APPLICANT");
    Http.Response foreign = http.post(objection(applicationId), stranger, Map.of("text", "Не моё"));
    assertThat(foreign.status()).as(foreign.body().toString()).isEqualTo(404);

    String documentId = uploadForTheHearing(applicationId, token, "obzhalovanie.pdf");
    String position =
        "Решение суда обжаловано; апелляционная жалоба подана 02.12.2026, копия прилагается.";
    Http.Response answer =
        http.post(
            objection(applicationId),
            token,
            Map.of("text", position, "documentIds", List.of(documentId)));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    assertThat(answer.body().path("answer").path("text").asString()).isEqualTo(position);
    Http.Response again = http.post(objection(applicationId), token, Map.of("text", "Ещё раз"));
    assertThat(again.status()).as(again.body().toString()).isEqualTo(409);
    assertThat(again.body().path("type").asString()).endsWith("/hearing-already-answered");

    // the officer sees the position in the case and decides finally
    JsonNode reviewCase = awaitCaseStatus(applicationId, "IN_REVIEW", officer);
    assertThat(reviewCase.path("hearing").path("answer").path("text").asString())
        .isEqualTo(position);
    assertThat(reviewCase.path("hearing").path("answer").path("documents").toString())
        .contains(documentId);
    Http.Response refusal =
        http.post(
            portal.api("/api/v1/review/cases/" + applicationId + "/decision"),
            officer,
            Map.of(
                "decision",
                "REFUSE",
                "grounds",
                List.of("COURT_BAN"),
                "reason",
                "Апелляционная жалоба не приостанавливает запрет: решение суда вступило в силу."));
    assertThat(refusal.status()).as(refusal.body().toString()).isEqualTo(200);
    assertThat(refusal.body().path("status").asString()).isEqualTo("REFUSED");
    assertThat(refusal.body().path("decision").path("decidedBy").asString()).isEqualTo(OFFICER_IIN);

    Http.Response refused = portal.awaitStatus(applicationId, "REFUSED", token);
    assertThat(refused.body().path("refusal").path("grounds").toString()).contains("COURT_BAN");
    // the signed refusal cites the rules, the hearing held and how to appeal
    String jws = http.getText(portal.api("/api/v1/refusals/" + applicationId + "/document"), token);
    String payload =
        new String(
            java.util.Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8);
    assertThat(payload)
        .contains("18-03/143")
        .contains("item 9, subitem 3")
        .contains(position)
        .contains("Civil Service Affairs");
    // signed by the officer who refused, verifiable with nothing but the NCA root
    java.security.cert.X509Certificate signer =
        new NcaRelyingParty(http, portal)
            .signerOfDocument("/api/v1/refusals/" + applicationId + "/document", token);
    assertThat(NcaRelyingParty.value(signer, org.bouncycastle.asn1.x500.style.BCStyle.SERIALNUMBER))
        .isEqualTo("IIN" + OFFICER_IIN);
  }

  /**
   * Issue 14: the hearing notice and the refusal in Kazakh and Russian. The rules found the
   * applicant deceased: the notice's explanation, in the cabinet and in the application, reads in
   * the language asked for, quoting what the individuals database says; the refusal that follows
   * the lapse is signed with every language and prints Kazakh and Russian side by side, English
   * only when asked for.
   */
  @Test
  void withoutAnAnswerTheRefusalBecomesFinalOnTheDeadline() throws Exception {
    String token = portal.signIn(NURPEISOV.iin(), null, "APPLICANT");
    String applicationId = portal.fileComplete(NURPEISOV, Drafts.export(NURPEISOV), token);

    JsonNode hearing = awaitHearing(applicationId, token);
    assertThat(hearing.path("grounds").toString()).contains("UNRELIABLE_DATA");
    // no Accept-Language: Russian, the portal's default
    assertThat(hearing.path("reason").asString())
        .isEqualTo(
            "Основание 1: при проверке по государственной базе данных «Физические лица»"
                + " установлено: лицо с ИИН 470211300638 значится умершим (дата смерти:"
                + " 03.09.2024).");
    Http.Response inKazakh =
        http.get(portal.api("/api/v1/applications/" + applicationId), token, "kk");
    assertThat(inKazakh.raw().headers().firstValue("Content-Language")).contains("kk");
    assertThat(inKazakh.body().path("hearing").path("reason").asString())
        .isEqualTo(
            "1-негіз: «Жеке тұлғалар» мемлекеттік дерекқоры бойынша тексеру кезінде анықталды:"
                + " ЖСН 470211300638 тұлға қайтыс болған деп көрсетілген (қайтыс болған күні:"
                + " 03.09.2024).");
    assertThat(notice(applicationId, token, "kk"))
        .startsWith("Уәкілетті орган ")
        .contains("Уәжі: 1-негіз: «Жеке тұлғалар» мемлекеттік дерекқоры бойынша");
    assertThat(notice(applicationId, token, "ru"))
        .startsWith("Уполномоченный орган намерен отказать")
        .contains("Мотивировка: Основание 1: при проверке по государственной базе данных");

    Http.Response refused =
        await()
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> http.get(portal.api("/api/v1/applications/" + applicationId), token),
                r -> "REFUSED".equals(r.body().path("status").asString()));
    assertThat(refused.body().path("hearing").path("lapsedAt").isMissingNode()).isFalse();
    assertThat(refused.body().path("refusal").path("grounds").toString())
        .contains("UNRELIABLE_DATA");
    assertThat(
            http.get(portal.api("/api/v1/applications/" + applicationId), token, "kk")
                .body()
                .path("refusal")
                .path("reason")
                .asString())
        .startsWith("1-негіз: ");
    refusalReadsInKazakhAndRussian(applicationId, token);
    // too late now: nothing changes
    Http.Response late = http.post(objection(applicationId), token, Map.of("text", "Опоздал"));
    assertThat(late.status()).as(late.body().toString()).isEqualTo(409);
    assertThat(portal.awaitStatus(applicationId, "REFUSED", token).status()).isEqualTo(200);
  }

  @Test
  void anAnswerWithTheMissingDocumentLeadsToAPermit() {
    String token = portal.signIn(Drafts.ABENOVA.iin(), null, "APPLICANT");
    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    String applicationId =
        portal.fileComplete(Drafts.ABENOVA, Drafts.export(Drafts.ABENOVA), token);
    portal.awaitStatus(applicationId, "IN_REVIEW", token);

    Http.Response intended =
        http.post(
            portal.api("/api/v1/review/cases/" + applicationId + "/decision"),
            officer,
            Map.of(
                "decision",
                "REFUSE",
                "grounds",
                List.of("NON_COMPLIANCE"),
                "reason",
                "Заключение научной организации не читается: приложите разборчивую копию."));
    assertThat(intended.status()).as(intended.body().toString()).isEqualTo(200);
    assertThat(intended.body().path("status").asString()).isEqualTo("HEARING");
    awaitHearing(applicationId, token);

    Http.Response unknown =
        http.post(
            objection(applicationId),
            token,
            Map.of(
                "text",
                "Копия прилагается",
                "documentIds",
                List.of("00000000-0000-4000-8000-000000000000")));
    assertThat(unknown.status()).as(unknown.body().toString()).isEqualTo(422);
    String opinion = uploadForTheHearing(applicationId, token, "zaklyuchenie-razborchivo.pdf");
    Http.Response answer =
        http.post(
            objection(applicationId),
            token,
            Map.of(
                "text",
                "Прилагаю разборчивую копию заключения Института зоологии.",
                "documentIds",
                List.of(opinion)));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);

    awaitCaseStatus(applicationId, "IN_REVIEW", officer);
    Http.Response approval =
        http.post(
            portal.api("/api/v1/review/cases/" + applicationId + "/decision"),
            officer,
            Map.of("decision", "APPROVE"));
    assertThat(approval.status()).as(approval.body().toString()).isEqualTo(200);
    Http.Response issued = portal.awaitStatus(applicationId, "ISSUED", token);
    assertThat(issued.body().path("permitNumber").asString()).isNotBlank();
    assertThat(issued.body().path("hearing").path("answer").path("documentIds").toString())
        .contains(opinion);
  }

  /** The signed refusal, as its payload and as the letter printed in kk + ru, and with English. */
  private void refusalReadsInKazakhAndRussian(String applicationId, String token) throws Exception {
    URI document = portal.api("/api/v1/refusals/" + applicationId + "/document");
    String jws = http.getText(document, token);
    JsonNode payload =
        JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(jws.split("\\.")[1]));
    assertThat(payload.path("applicantName").asString()).isEqualTo("Нұрпейісов Бақыт Аманұлы");
    assertThat(payload.path("findings").get(0).path("finding").asString())
        .isEqualTo("PERSON_DECEASED");
    for (String language : List.of("kk", "ru", "en")) {
      assertThat(payload.path("texts").path(language).path("explanation").asString())
          .as(language)
          .contains("470211300638");
    }

    var letter = http.getDocument(document, token, "application/pdf", "kk");
    assertThat(letter.headers().firstValue("Content-Language")).contains("kk, ru");
    assertThat(textOf(letter.body()))
        .contains("Кімге: Нұрпейісов Бақыт Аманұлы (ЖСН 470211300638)")
        .contains("Кому: Нұрпейісов Бақыт Аманұлы (ИИН 470211300638)")
        .contains("ДӘЛЕЛДІ БАС ТАРТУ")
        .contains("МОТИВИРОВАННЫЙ ОТКАЗ")
        .contains("деректердің (мәліметтердің) дәйексіздігінің анықталуы")
        .contains("установление недостоверности документов")
        .contains("қайтыс болған деп көрсетілген (қайтыс болған күні: 03.09.2024)")
        .contains("значится умершим (дата смерти: 03.09.2024)")
        .contains("Шағым жасау тәртібі")
        .contains("Порядок обжалования")
        .doesNotContain("REASONED REFUSAL");
    var withEnglish = http.getDocument(document, token, "application/pdf", "en");
    assertThat(withEnglish.headers().firstValue("Content-Language")).contains("kk, ru, en");
    assertThat(textOf(withEnglish.body()))
        .contains("МОТИВИРОВАННЫЙ ОТКАЗ")
        .contains("REASONED REFUSAL")
        .contains("the person with IIN 470211300638 is registered as deceased")
        .contains("How to appeal");
  }

  /** A PDF's text as a reader extracts it, lines joined (a break after a hyphen undone). */
  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replace("- ", "-");
    }
  }

  /** The message of the application's hearing notice in the cabinet, in {@code language}. */
  private String notice(String applicationId, String token, String language) {
    JsonNode cabinet =
        http.get(portal.api("/api/v1/cabinet/notifications?size=100"), token, language).body();
    return cabinet
        .path("items")
        .valueStream()
        .filter(n -> applicationId.equals(n.path("applicationId").asString()))
        .filter(n -> "HEARING_NOTICE".equals(n.path("kind").asString()))
        .findFirst()
        .orElseThrow()
        .path("message")
        .asString();
  }

  private JsonNode awaitHearing(String applicationId, String token) {
    return portal.awaitStatus(applicationId, "HEARING", token).body().path("hearing");
  }

  private JsonNode awaitCaseStatus(String applicationId, String status, String officer) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> http.get(portal.api("/api/v1/review/cases/" + applicationId), officer),
            r -> status.equals(r.body().path("status").asString()))
        .body();
  }

  private String uploadForTheHearing(String applicationId, String token, String fileName) {
    Http.Response upload =
        http.upload(
            portal.api("/api/v1/applications/" + applicationId + "/documents"),
            token,
            "OTHER",
            fileName,
            "application/pdf",
            ("%PDF-1.7\n% " + fileName + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    assertThat(upload.status()).as(upload.body().toString()).isEqualTo(201);
    return upload.body().path("id").asString();
  }

  private List<String> cabinetKinds(String applicationId, String token) {
    JsonNode cabinet = http.get(portal.api("/api/v1/cabinet/notifications?size=100"), token).body();
    return cabinet
        .path("items")
        .valueStream()
        .filter(n -> applicationId.equals(n.path("applicationId").asString()))
        .map(n -> n.path("kind").asString())
        .toList();
  }

  private java.net.URI objection(String applicationId) {
    return portal.api("/api/v1/applications/" + applicationId + "/hearing/objection");
  }

  private static Drafts.Applicant individual(String iin, String name) {
    return new Drafts.Applicant(
        iin,
        null,
        Map.of(
            "type", "INDIVIDUAL",
            "iin", iin,
            "name", name,
            "address", "Astana, Kabanbay Batyr 11",
            "phone", "+77010000000",
            "email", "applicant@example.kz"));
  }
}
