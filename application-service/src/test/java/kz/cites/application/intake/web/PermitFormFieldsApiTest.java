package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the permit's form boxes need beyond the codes (issue 14; CITES standard form, Res. Conf.
 * 12.3 (Rev. CoP19), Annex 2): the sex and age of live animals (box 9), the country of last
 * re-export with its certificate (12a), the breeding operation (12b) and the waybill (15), given by
 * the applicant; the appendix (10) and the common names (8) from the checklist. All of it travels
 * to the other services in {@code ApplicationSubmitted}. The tests' today is 20 March 2026.
 */
class PermitFormFieldsApiTest extends IntakeApiTest {

  /**
   * A grey parrot (Psittacus erithacus, Appendix I) bred by a registered operation in South Africa
   * (source D, so treated as Appendix II and importable for trade), re-exported to Kazakhstan by
   * Turkey.
   */
  private static Drafts.Line greyParrotFromARegisteredOperation() {
    return Drafts.specimen("Psittacus erithacus")
        .quantity(1)
        .source("D")
        .from("ZA")
        .originPermit("ZA-EC-2025-000317", "ZA", "2025-05-12")
        .lastReExport("TR-2025-RE-00871", "TR", "2025-09-03")
        .breedingOperation("A-ZA-523")
        .sex("male")
        .age("14 months")
        .marks("closed ring ZA-PE-2024-1187");
  }

  @Test
  void theFormsFieldsAreKeptAndTravelWithTheSnapshotBesideTheChecklistsAppendixAndNames()
      throws Exception {
    Drafts.Draft draft =
        Drafts.importing()
            .purpose("T")
            .counterparty("Istanbul Kuş Ticaret Ltd", "Istanbul, Atatürk Cd. 12", "TR")
            .specimen(
                greyParrotFromARegisteredOperation()
                    .claimedCommonNames("тоты", "попугай", "parrot"))
            .waybill("465-12345675");
    String location = created(draft);
    mvc.perform(get(location).with(applicant(OWNER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content.specimens[0].appendix").value("I"))
        // the checklist's names, not the ones sent
        .andExpect(jsonPath("$.content.specimens[0].commonNames.kk").value("Сұр тоты"))
        .andExpect(jsonPath("$.content.specimens[0].commonNames.en").value("Grey parrot"))
        .andExpect(jsonPath("$.content.specimens[0].sex").value("male"))
        .andExpect(jsonPath("$.content.specimens[0].lastReExport.country").value("TR"))
        .andExpect(jsonPath("$.content.specimens[0].breedingOperationNumber").value("A-ZA-523"))
        .andExpect(jsonPath("$.content.transport.waybillNumber").value("465-12345675"));
    attach(location, OWNER, "FOREIGN_EXPORT_PERMIT");
    attach(location, OWNER, "CONTRACT");
    attach(location, OWNER, "SCIENTIFIC_OPINION");
    submit(location).andExpect(status().isAccepted());

    UUID id = idOf(location);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !published(id, "kz.cites.ApplicationSubmitted").isEmpty());
    JsonNode application =
        json.readTree(published(id, "kz.cites.ApplicationSubmitted").getFirst().value())
            .path("application");
    JsonNode line = application.at("/specimens/0");
    assertThat(line.path("appendix").asString()).isEqualTo("I");
    // Art. VII.4: Appendix I bred by a registered operation counts as Appendix II
    assertThat(line.path("treatedAsAppendix").asString()).isEqualTo("II");
    assertThat(line.at("/commonNames/kk").asString()).isEqualTo("Сұр тоты");
    assertThat(line.at("/commonNames/ru").asString()).isEqualTo("Жако; серый попугай");
    assertThat(line.at("/commonNames/en").asString()).isEqualTo("Grey parrot");
    assertThat(line.path("sex").asString()).isEqualTo("male");
    assertThat(line.path("age").asString()).isEqualTo("14 months");
    assertThat(line.at("/originPermit/number").asString()).isEqualTo("ZA-EC-2025-000317");
    assertThat(line.at("/lastReExport/number").asString()).isEqualTo("TR-2025-RE-00871");
    assertThat(line.at("/lastReExport/country").asString()).isEqualTo("TR");
    assertThat(line.at("/lastReExport/issuedOn").asString()).isEqualTo("2025-09-03");
    assertThat(line.path("breedingOperationNumber").asString()).isEqualTo("A-ZA-523");
    assertThat(application.at("/transport/waybillNumber").asString()).isEqualTo("465-12345675");
  }

  @Test
  void aLineWithoutTheOptionalBoxesIsAsValidAsBeforeAndTravelsWithThemEmpty() throws Exception {
    UUID id = submitted(Drafts.export(), "CONTRACT", "SCIENTIFIC_OPINION");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !published(id, "kz.cites.ApplicationSubmitted").isEmpty());
    JsonNode application =
        json.readTree(published(id, "kz.cites.ApplicationSubmitted").getFirst().value())
            .path("application");
    JsonNode line = application.at("/specimens/0");
    assertThat(line.path("appendix").asString()).isEqualTo("II");
    assertThat(line.path("treatedAsAppendix").asString()).isEqualTo("II");
    assertThat(line.at("/commonNames/kk").asString()).isEqualTo("Ителгі");
    assertThat(line.path("sex").isNull()).isTrue();
    assertThat(line.path("lastReExport").isNull()).isTrue();
    assertThat(line.path("breedingOperationNumber").isNull()).isTrue();
    assertThat(application.at("/transport/waybillNumber").isNull()).isTrue();
  }

  @Test
  void theCountryOfLastReExportHasACertificateOfThePastAndNeverGoesOnAnExport() throws Exception {
    create(
            Drafts.importing()
                .purpose("T")
                .specimen(
                    greyParrotFromARegisteredOperation()
                        .lastReExport("TR-2026-RE-00001", "TR", "2026-03-21")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
        .andExpect(jsonPath("$.errors[0].field").value("specimens[0].lastReExport.issuedOn"))
        .andExpect(jsonPath("$.errors[0].rule").value("PastOrPresent"));
    create(
            Drafts.importing()
                .purpose("T")
                .specimen(
                    greyParrotFromARegisteredOperation().lastReExport(" ", "XX", "2026-01-01")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    containsInAnyOrder(
                        "specimens[0].lastReExport.number", "specimens[0].lastReExport.country")));
    // an export is of specimens of Kazakh origin: nobody re-exported them before
    create(
            Drafts.export()
                .specimen(Drafts.saker().lastReExport("RU-2025-0001", "RU", "2025-01-10")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("specimens[0].lastReExport"))
        .andExpect(jsonPath("$.errors[0].rule").value("Null"));
    create(
            Drafts.reExport()
                .purpose("T")
                .specimen(
                    Drafts.specimen("Testudo horsfieldii")
                        .from("UZ")
                        .originPermit("UZ-2026-E-001284", "UZ", "2026-02-16")
                        .lastReExport("RU-2026-RE-0042", "RU", "2026-03-01")))
        .andExpect(status().isCreated());
  }

  @Test
  void aBreedingOperationIsNamedOnlyForSpecimensBredOrBornInCaptivity() throws Exception {
    create(Drafts.export().purpose("H").specimen(Drafts.argaliTrophy().breedingOperation("KZ-1")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("specimens[0].breedingOperationNumber"))
        .andExpect(jsonPath("$.errors[0].rule").value("SpecimenRules"));
    for (String source : new String[] {"C", "F"}) {
      create(Drafts.export().specimen(Drafts.saker().source(source).breedingOperation("KZ-AKM-12")))
          .andExpect(status().isCreated());
    }
  }

  @Test
  void theFreeTextsOfTheBoxesAreBounded() throws Exception {
    create(Drafts.export().specimen(Drafts.saker().sex("m".repeat(101))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("specimens[0].sex"))
        .andExpect(jsonPath("$.errors[0].rule").value("Size"));
    create(Drafts.export().specimen(Drafts.saker().age("1".repeat(101))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("specimens[0].age"));
    create(Drafts.export().waybill("4".repeat(36)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("transport.waybillNumber"));
    create(Drafts.export().specimen(Drafts.saker().sex("1 еркек, 1 ұрғашы").age("2 жас")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.content.specimens[0].sex").value("1 еркек, 1 ұрғашы"));
  }

  @Test
  void theOpenApiDescribesTheBoxesFields() throws Exception {
    JsonNode schemas = read(get("/v3/api-docs")).at("/components/schemas");

    JsonNode line = schemas.at("/Specimen/properties");
    assertThat(line.at("/commonNames/readOnly").asBoolean()).isTrue();
    // optional, so it may be null: anyOf the certificate or null (platform/web's NullnessConverter)
    assertThat(line.at("/lastReExport/anyOf/0/$ref").asString()).endsWith("/ReExportCertificate");
    assertThat(line.at("/lastReExport/anyOf/1/type").asString()).isEqualTo("null");
    assertThat(line.at("/breedingOperationNumber/description").asString()).contains("12b");
    assertThat(schemas.at("/ReExportCertificate/required").toString())
        .contains("number", "country", "issuedOn");
    assertThat(schemas.at("/Transport/properties/waybillNumber/description").asString())
        .contains("box 15");
  }
}
