package kz.cites.permit.permits;

import static kz.cites.permit.Personas.applicant;
import static kz.cites.permit.Personas.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.CheckResult;
import kz.cites.permit.ArchivalPdfs;
import kz.cites.permit.Fixtures;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.Personas;
import kz.cites.permit.ReviewCaseSeeds;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The permit on the CITES standard form (Res. Conf. 12.3 (Rev. CoP19), Annex 2; issue 14), read
 * back as its readers get it: the JWS payload a customs system reads, and the text of the PDF
 * (PDFBox) a person reads, every box labelled in Kazakh, Russian and English with the values as
 * entered and the names as the registries and the checklist give them. PDF text is compared without
 * white space, since a table cell breaks its lines where it has to.
 */
class PermitFormTest extends IntegrationTest {

  static final Instant DUE = Instant.parse("2026-09-03T12:30:00Z");

  /** The default address of the authority (box 6). */
  static final String AUTHORITY_ADDRESS =
      "Mangilik El avenue 8, House of Ministries, entrance 14, 010000 Astana";

  static final String AUTHORITY =
      "Committee of Forestry and Wildlife of the Ministry of Ecology and Natural Resources of the"
          + " Republic of Kazakhstan";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired PermitRepository permits;
  @Autowired PermitIssuer issuer;

  @Test
  void anImportApprovedByAnOfficerCarriesEveryBoxInThePayloadAndOnTheForm() throws Exception {
    Permit permit = approvedByTheOfficer(Fixtures.importOfGreyParrots(Fixtures.HOLDER_IIN));

    JsonNode payload = payloadOf(permit);
    assertThat(payload.path("type").asString()).isEqualTo("IMPORT");
    // box 3: the importer is the applicant, named as the individuals registry holds her
    assertThat(payload.at("/importer/name").asString()).isEqualTo("Әбенова Айгерім Серікқызы");
    assertThat(payload.at("/exporter/name").asString()).isEqualTo("Cape Parrot Breeders (Pty) Ltd");
    assertThat(payload.at("/exporter/countryCode").asString()).isEqualTo("ZA");
    // box 6: the authority's name and address (its seal is the JWS itself)
    assertThat(payload.path("issuingAuthority").asString()).isEqualTo(AUTHORITY);
    assertThat(payload.path("issuingAuthorityAddress").asString()).isEqualTo(AUTHORITY_ADDRESS);
    // boxes 7 to 12b of line A
    JsonNode line = payload.at("/specimens/0");
    assertThat(line.path("scientificName").asString()).isEqualTo("Psittacus erithacus");
    assertThat(line.at("/commonNames/kk").asString()).isEqualTo("Сұр тоты");
    assertThat(line.at("/commonNames/ru").asString()).isEqualTo("Жако; серый попугай");
    assertThat(line.path("sex").asString()).isEqualTo("1 male, 1 female");
    assertThat(line.path("age").asString()).isEqualTo("14 months");
    assertThat(line.path("appendix").asString()).isEqualTo("I");
    assertThat(line.path("treatedAsAppendix").asString()).isEqualTo("II");
    assertThat(line.path("sourceCode").asString()).isEqualTo("D");
    // box 12 of an import: the exporting country's permit
    assertThat(line.at("/originPermit/number").asString()).isEqualTo("ZA-EC-2026-000412");
    assertThat(line.at("/originPermit/issuedOn").asString()).isEqualTo("2026-07-14");
    assertThat(line.path("breedingOperationNumber").asString()).isEqualTo("A-ZA-523");
    // box 13: the officer by name (her IIN stays the actor), box 15: the air waybill
    assertThat(payload.path("issuedByName").asString()).isEqualTo(Personas.OFFICER_NAME);
    assertThat(payload.path("issuedBy").asString()).isEqualTo(Personas.OFFICER_IIN);
    assertThat(payload.path("issuePlace").asString()).isEqualTo("Astana");
    assertThat(payload.path("waybillNumber").asString()).isEqualTo("465-12345675");

    String pdf = squeezed(pdfOf(permit));
    for (PermitBox box : PermitBox.values()) {
      assertThat(pdf)
          .as("box %s in Kazakh, Russian and English", box.number())
          .contains(squeezed(box.number() + ". " + box.kk()))
          .contains(squeezed(box.ru()))
          .contains(squeezed(box.en()));
    }
    assertThat(pdf)
        .contains(squeezed("ИМПОРТҚА РҰҚСАТ / РАЗРЕШЕНИЕ НА ИМПОРТ / IMPORT PERMIT"))
        .contains(squeezed("Түпнұсқа / Оригинал / Original"))
        .contains(squeezed(permit.number()))
        .contains(squeezed("Әбенова Айгерім Серікқызы"))
        .contains(squeezed("Abenova Aigerim Serikqyzy"))
        .contains(squeezed("Cape Parrot Breeders (Pty) Ltd"))
        // 5b, 6
        .contains(permit.securityCode())
        .contains(squeezed(AUTHORITY))
        .contains(squeezed(AUTHORITY_ADDRESS))
        .contains(
            squeezed("Қазақстан Республикасы / Республика Казахстан / Republic of Kazakhstan"))
        // 7/8, 9, 10, 11
        .contains(squeezed("Psittacus erithacus"))
        .contains(squeezed("Сұр тоты"))
        .contains(squeezed("Жако; серый попугай"))
        .contains(squeezed("Grey parrot"))
        .contains(squeezed("closed rings ZA-PE-2025-1187, ZA-PE-2025-1188"))
        .contains(squeezed("Жынысы / Пол / Sex: 1 male, 1 female"))
        .contains(squeezed("Жасы / Возраст / Age: 14 months"))
        .contains(squeezed("I (II: Art. VII.4) / D"))
        .contains(squeezed("2 (дана / шт. / specimens)"))
        // 12 with the exporting country's permit, 12b, 15
        .contains(squeezed("№ ZA-EC-2026-000412"))
        .contains("2026-07-14")
        .contains("A-ZA-523")
        .contains("465-12345675");
    // 13: the issuing officer's name and her EDS, never her IIN
    assertThat(pdf)
        .contains(squeezed(Personas.OFFICER_NAME))
        .contains(squeezed(Personas.OFFICER_CERTIFICATE_NAME))
        .contains(squeezed("NCA certificate"))
        .doesNotContain(Personas.OFFICER_IIN);
  }

  @Test
  void theSealInBox6IsTheCertificateThatSealedTheJws() throws Exception {
    Permit permit = approvedByTheOfficer(Fixtures.importOfGreyParrots(Fixtures.HOLDER_IIN));
    String kid = JWSObject.parse(permit.document()).getHeader().getKeyID();

    assertThat(squeezed(pdfOf(permit)))
        .contains(squeezed("Мөр / Печать / Seal:"))
        .contains(
            squeezed(
                "(BIN 190440026173), ҰКО сертификаты / сертификат НУЦ / NCA certificate " + kid));
  }

  @Test
  void aReExportCertificateNamesTheCountryOfOriginAndTheCountryOfLastReExport() throws Exception {
    // auto-approval: the rules decided, the authority issues and signs
    Permit permit =
        issuer.issue(
            UUID.randomUUID(),
            "KZ-2026-RX",
            Fixtures.reExportOfTortoises(Fixtures.HOLDER_IIN),
            Fixtures.REGISTERED_HOLDER);

    JsonNode payload = payloadOf(permit);
    assertThat(payload.path("type").asString()).isEqualTo("RE_EXPORT");
    assertThat(payload.at("/exporter/name").asString()).isEqualTo("Әбенова Айгерім Серікқызы");
    JsonNode line = payload.at("/specimens/0");
    assertThat(line.path("countryOfOrigin").asString()).isEqualTo("UZ");
    assertThat(line.at("/originPermit/number").asString()).isEqualTo("UZ-2026-E-001284");
    assertThat(line.at("/lastReExport/country").asString()).isEqualTo("RU");
    assertThat(line.at("/lastReExport/number").asString()).isEqualTo("RU-2026-RE-0042");
    assertThat(line.at("/lastReExport/issuedOn").asString()).isEqualTo("2026-03-01");
    assertThat(line.path("breedingOperationNumber").asString()).isEqualTo("UZ-SAM-0041");
    // box 13 of an automatic result: the authority itself
    assertThat(payload.path("issuedByName").asString()).isEqualTo(AUTHORITY);
    assertThat(payload.path("issuedBy").asString()).isEqualTo("system");
    assertThat(
            payload.path("waybillNumber").isMissingNode() || payload.path("waybillNumber").isNull())
        .isTrue();

    String pdf = squeezed(pdfOf(permit));
    assertThat(pdf)
        .contains(
            squeezed("РЕЭКСПОРТ СЕРТИФИКАТЫ / СЕРТИФИКАТ НА РЕЭКСПОРТ / RE-EXPORT CERTIFICATE"))
        .contains(squeezed("Орта Азия тасбақасы"))
        .contains(squeezed("Среднеазиатская черепаха"))
        .contains(squeezed("II / C"))
        .contains(squeezed("20 (дана / шт. / specimens)"))
        .contains(squeezed("№ UZ-2026-E-001284"))
        .contains("2026-02-16")
        .contains(squeezed("№ RU-2026-RE-0042"))
        .contains("2026-03-01")
        .contains("UZ-SAM-0041")
        // the authority's EDS with its BIN
        .contains(squeezed("(BIN 190440026173), ҰКО сертификаты"));
  }

  @Test
  void aPermitOfASnapshotPublishedBeforeTheFormsFieldsStillPrintsEveryBox() throws Exception {
    // the saker falcon line of the fixtures has the shape of before issue 14: no appendix, no names
    Permit permit =
        issuer.issue(
            UUID.randomUUID(),
            "KZ-2026-OLD",
            Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true),
            Fixtures.REGISTERED_HOLDER);

    String pdf = squeezed(pdfOf(permit));
    for (PermitBox box : PermitBox.values()) {
      assertThat(pdf).contains(squeezed(box.number() + ". " + box.kk()));
    }
    assertThat(pdf)
        .contains(squeezed("ЭКСПОРТҚА РҰҚСАТ / РАЗРЕШЕНИЕ НА ЭКСПОРТ / EXPORT PERMIT"))
        .contains(squeezed("Falco cherrug"))
        .contains(squeezed("- / C"))
        .contains(squeezed("ring KZ-0042"));
    mvc.perform(get("/api/v1/permits/" + permit.number()).with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.specimens[0].scientificName").value("Falco cherrug"));
  }

  @Test
  void thePermitViewShowsTheNewBoxesToo() throws Exception {
    Permit permit = approvedByTheOfficer(Fixtures.importOfGreyParrots(Fixtures.HOLDER_IIN));

    mvc.perform(get("/api/v1/permits/" + permit.number()).with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.waybillNumber").value("465-12345675"))
        .andExpect(jsonPath("$.specimens[0].appendix").value("I"))
        .andExpect(jsonPath("$.specimens[0].commonNames.kk").value("Сұр тоты"))
        .andExpect(jsonPath("$.specimens[0].breedingOperationNumber").value("A-ZA-523"));
  }

  /**
   * A case of {@code application} approved by the officer through the API, the identity check
   * naming the applicant as the individuals registry does.
   */
  private Permit approvedByTheOfficer(ApplicationSnapshot application) throws Exception {
    UUID applicationId = ReviewCaseSeeds.inReview(jdbc, json, DUE, application);
    jdbc.sql("update review_case set checks = cast(:checks as jsonb) where application_id = :id")
        .param(
            "checks",
            json.writeValueAsString(
                List.of(
                    new CheckResult(
                        CheckResult.Check.IDENTITY,
                        CheckResult.Outcome.PASSED,
                        null,
                        null,
                        "msg-" + applicationId,
                        NOW,
                        List.of(),
                        Fixtures.REGISTERED_HOLDER.name(),
                        Fixtures.REGISTERED_HOLDER.latin()))))
        .param("id", applicationId)
        .update();
    mvc.perform(
            post("/api/v1/review/cases/" + applicationId + "/decision")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"APPROVE\"}")
                .with(officer()))
        .andExpect(status().isOk());
    return permits.findByApplicationId(applicationId).orElseThrow();
  }

  private JsonNode payloadOf(Permit permit) throws Exception {
    return json.readTree(JWSObject.parse(permit.document()).getPayload().toString());
  }

  private String pdfOf(Permit permit) throws Exception {
    byte[] pdf =
        mvc.perform(
                get("/api/v1/permits/" + permit.number() + "/document")
                    .accept(MediaType.APPLICATION_PDF)
                    .with(applicant(Fixtures.HOLDER_IIN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    return ArchivalPdfs.textOfAnArchivalPdf(pdf);
  }

  /** Text without white space: where a table cell breaks a line is no part of what it says. */
  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
