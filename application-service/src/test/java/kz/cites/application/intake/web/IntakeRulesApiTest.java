package kz.cites.application.intake.web;

import static kz.cites.application.intake.web.ApplicationApiTest.OTHER;
import static kz.cites.application.intake.web.ApplicationApiTest.OWNER;
import static kz.cites.application.intake.web.ApplicationApiTest.applicant;
import static kz.cites.application.intake.web.ApplicationApiTest.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import kz.cites.application.intake.ApplicationDocuments;
import kz.cites.application.species.SpeciesImport;
import kz.cites.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake rules of issue 3 through the API: checklist, required documents, uploads and field
 * rules. Same context as {@link ApplicationApiTest} (fixed clock: Friday 20 March 2026).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestInfrastructure.class, ApplicationApiTest.FixedClock.class})
class IntakeRulesApiTest {

  private static final String PROBLEMS = "https://cites.kz/problems/";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired SpeciesImport species;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theChecklistDecidesNameAndAppendixAndRefusesUnknownNamesWithSuggestions() throws Exception {
    String body =
        draft(
            "EXPORT", "T", specimen("Agrionemys horsfieldii", "C", "KZ", ", \"appendix\": \"I\""));
    create(body)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.content.specimens[0].scientificName").value("Testudo horsfieldii"))
        .andExpect(jsonPath("$.content.specimens[0].appendix").value("II"));
    create(draft("EXPORT", "T", specimen("Ursus arctos", "C", "MN", "")))
        .andExpect(jsonPath("$.content.specimens[0].appendix").value("I"));

    create(
            draft(
                "EXPORT",
                "T",
                specimen("Falco cherrug", "C", "KZ", "")
                    + ","
                    + specimen("Falco cheruq", "C", "KZ", "")
                    + ","
                    + specimen("Vulpes vulpes", "C", "KZ", "")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "unknown-species"))
        .andExpect(jsonPath("$.field").value("specimens[1].scientificName"))
        .andExpect(
            jsonPath("$.species[*].field")
                .value(
                    containsInAnyOrder(
                        "specimens[1].scientificName", "specimens[2].scientificName")))
        .andExpect(jsonPath("$.species[0].suggestions[0]").value("Falco cherrug"));

    JsonNode found = read(get("/api/v1/species?q=ИРБИС").with(officer()));
    assertThat(found.get(0).path("scientificName").asString()).isEqualTo("Panthera uncia");
    assertThat(found.get(0).path("listings").get(0).path("appendix").asString()).isEqualTo("I");
    assertThat(found.get(0).path("commonNames").path("kk").asString()).contains("Ілбіс");
    JsonNode vicuna = read(get("/api/v1/species?q=VICUNA").with(applicant(OWNER)));
    assertThat(vicuna.get(0).path("listings").size()).isEqualTo(2); // split listing
    mvc.perform(get("/api/v1/species?q=a").with(applicant(OWNER)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("q"));
  }

  @Test
  void noAppendixIImportForCommercialPurposes() throws Exception {
    create(draft("IMPORT", "T", specimen("Psittacus erithacus", "C", "GH", "")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "appendix-i-commercial-import"))
        .andExpect(jsonPath("$.field").value("purposeCode"));
    create(draft("IMPORT", "Z", specimen("Psittacus erithacus", "C", "GH", "")))
        .andExpect(status().isCreated());
    create(draft("IMPORT", "T", specimen("Python regius", "C", "GH", "")))
        .andExpect(status().isCreated());
  }

  @Test
  void anIncompletePackageIsRefusedWithEveryMissingItemThenAcceptedOnceComplete() throws Exception {
    String location =
        created(
            draft(
                "EXPORT",
                "T",
                specimen("Falco cherrug", "W", "KZ", "")
                    + ","
                    + specimen("Panthera uncia", "C", "KZ", "")));
    submit(location)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "incomplete-application"))
        .andExpect(
            jsonPath("$.missing[*].item")
                .value(
                    containsInAnyOrder(
                        "CONTRACT",
                        "DESTINATION_IMPORT_PERMIT",
                        "SCIENTIFIC_OPINION",
                        "HUNTING_PERMIT",
                        "HUNTING_PERMIT_NUMBER")))
        .andExpect(
            jsonPath("$.missing[*].field").value(hasItem("specimens[0].huntingPermitNumber")));
    assertThat(
            jdbc.sql("select status from application where id = :id")
                .param(
                    "id",
                    java.util.UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                .query(String.class)
                .single())
        .isEqualTo("DRAFT");

    for (String type :
        List.of("CONTRACT", "DESTINATION_IMPORT_PERMIT", "SCIENTIFIC_OPINION", "HUNTING_PERMIT")) {
      upload(location, type, "x.pdf", pdf(100)).andExpect(status().isCreated());
    }
    mvc.perform(
            put(location)
                .with(applicant(OWNER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    draft(
                        "EXPORT",
                        "T",
                        specimen("Falco cherrug", "W", "KZ", ", \"huntingPermitNumber\": \"HP-1\"")
                            + ","
                            + specimen("Panthera uncia", "C", "KZ", ""))))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.requirements[*].satisfied")
                .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(true))))
        .andExpect(jsonPath("$.documents.length()").value(4));
    submit(location).andExpect(status().isAccepted());
    upload(location, "OTHER", "late.pdf", pdf(10))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "application-not-draft"));

    String reExport = created(draft("RE_EXPORT", "P", specimen("Python regius", "C", "GH", "")));
    submit(reExport)
        .andExpect(jsonPath("$.missing[*].field").value(hasItem("specimens[0].originPermit")));
  }

  @Test
  void documentsAreRecognisedByContentCappedInSizeAndReadByTheirOwnerOnly() throws Exception {
    String location = created(draft("EXPORT", "P", specimen("Falco cherrug", "C", "KZ", "")));
    byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
    JsonNode uploaded =
        json.readTree(
            upload(location, "SCIENTIFIC_OPINION", "../../etc/opinion.pdf", png)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/png"))
                .andExpect(jsonPath("$.fileName").value("opinion.pdf"))
                .andExpect(jsonPath("$.sha256").value(ApplicationDocuments.sha256(png)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    String download = location + "/documents/" + uploaded.path("id").asString();
    byte[] back =
        mvc.perform(get(download).with(applicant(OWNER)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(back).isEqualTo(png);
    mvc.perform(get(download).with(applicant(OTHER))).andExpect(status().isNotFound());
    mvc.perform(get(download).with(officer())).andExpect(status().isOk());

    upload(location, "CONTRACT", "contract.pdf", "just text".getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "unsupported-document-format"))
        .andExpect(jsonPath("$.field").value("file"));
    upload(location, "PASSPORT", "p.pdf", pdf(10))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("type"));
    // over the file cap (64 KB in tests): refused by the controller
    upload(location, "CONTRACT", "big.pdf", pdf(64 * 1024 + 1))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "document-too-large"));
    // over the request cap (80 KB): refused from Content-Length before the body is read
    upload(location, "CONTRACT", "huge.pdf", pdf(100 * 1024))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "document-too-large"));
    upload(location, "CONTRACT", "ok.pdf", pdf(64 * 1024)).andExpect(status().isCreated());
    mvc.perform(
            multipart(location + "/documents")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf(10)))
                .param("type", "CONTRACT")
                .with(applicant(OTHER)))
        .andExpect(status().isNotFound());
    JsonNode view = read(get(location).with(applicant(OWNER)));
    assertThat(view.path("documents").size()).isEqualTo(2);
  }

  @Test
  void fieldRulesAreProblemsNamingTheirField() throws Exception {
    create(draft("EXPORT", "P", specimen("Falco cherrug", "U", "KZ", "")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field").value(hasItem("specimens[0].sourceJustification")));
    create(
            draft(
                "EXPORT",
                "P",
                specimen(
                    "Falco cherrug", "U", "KZ", ", \"sourceJustification\": \"found injured\"")))
        .andExpect(status().isCreated());
    create(draft("EXPORT", "P", specimen("Falco cherrug", "O", "KZ", "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("specimens[0].originalSourceCode")));
    create(
            draft(
                "EXPORT",
                "P",
                specimen("Falco cherrug", "O", "KZ", ", \"originalSourceCode\": \"W\"")))
        .andExpect(status().isCreated());
    create(
            draft(
                "EXPORT",
                "P",
                specimen("Falco cherrug", "C", "KZ", "")
                    .replace("\"quantity\": 2", "\"quantity\": 2.5")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("specimens[0].quantity")));
    create(
            draft(
                "EXPORT",
                "P",
                specimen("Falco cherrug", "C", "KZ", "")
                    .replace("\"quantity\": 2", "\"quantity\": 2000000")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("specimens[0].quantity")));
    create(
            draft("EXPORT", "P", specimen("Falco cherrug", "C", "KZ", ""))
                .replace("2026-04-15", "2026-03-19"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
        .andExpect(jsonPath("$.errors[0].field").value("transport.plannedDate"));
  }

  @Test
  void aSignatureOverAnotherPayloadOrOfAnotherPersonRegistersNothing() throws Exception {
    String location = created(draft("EXPORT", "P", specimen("Falco cherrug", "C", "KZ", "")));
    String signedBefore = ApplicationApiTest.signed(mvc, json, location, OWNER);
    upload(location, "SCIENTIFIC_OPINION", "o.pdf", pdf(10)).andExpect(status().isCreated());
    submitWith(location, signedBefore)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-signature"))
        .andExpect(jsonPath("$.field").value("signature"))
        .andExpect(jsonPath("$.reason").value("SIGNATURE_INVALID"));
    JsonNode payload = read(get(location + "/signing-payload").with(applicant(OWNER)));
    byte[] bytes = java.util.Base64.getDecoder().decode(payload.path("payload").asString());
    submitWith(
            location,
            "{\"signature\": \""
                + kz.cites.application.signature.TestNca.sign(
                    bytes, OTHER, null, ApplicationApiTest.NOW)
                + "\"}")
        .andExpect(jsonPath("$.reason").value("IIN_MISMATCH"));
    submitWith(location, "{}").andExpect(jsonPath("$.reason").value("SIGNATURE_MISSING"));
    assertThat(read(get(location).with(applicant(OWNER))).path("status").asString())
        .isEqualTo("DRAFT");
    // the payload is canonical JSON: sorted members, no nulls, documents by hash
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\"applicationId\":").doesNotContain("null").doesNotContain(" \"");
    assertThat(text).contains("\"quantity\":2,");
    submitWith(location, ApplicationApiTest.signed(mvc, json, location, OWNER))
        .andExpect(status().isAccepted());
  }

  private ResultActions submitWith(String location, String body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                location + "/submission")
            .with(applicant(OWNER))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void operatorsReplaceTheChecklistFromSpeciesPlus() throws Exception {
    mvc.perform(
            post("/api/v1/species/import")
                .with(applicant(OWNER))
                .contentType("application/x-ndjson")
                .content("{}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/species/import")
                .with(operator())
                .contentType("application/x-ndjson")
                .content("{\"full_name\": \"Vulpes vulpes\", \"cites_listing\": \"NC\"}\n"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "species-import-invalid"));
    assertThat(read(get("/api/v1/species?q=cherrug").with(operator())).size()).isEqualTo(1);

    byte[] sample;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("species/species-plus-sample.ndjson")) {
      sample = in.readAllBytes();
    }
    try {
      mvc.perform(
              post("/api/v1/species/import")
                  .with(operator())
                  .contentType("application/x-ndjson")
                  .content(sample))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.taxa").value(3));
      assertThat(read(get("/api/v1/species?q=cherrug").with(operator())).size()).isZero();
      assertThat(read(get("/api/v1/species?q=uncia").with(operator())).size()).isEqualTo(1);
    } finally {
      new TransactionTemplate(transactions)
          .executeWithoutResult(
              s -> {
                jdbc.sql("delete from species").update();
                species.loadFixtureIfEmpty();
              });
    }
    assertThat(read(get("/api/v1/species?q=cherrug").with(operator())).size()).isEqualTo(1);
  }

  private ResultActions create(String body) throws Exception {
    return mvc.perform(
        post("/api/v1/applications")
            .with(applicant(OWNER))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private String created(String body) throws Exception {
    return create(body)
        .andExpect(status().isCreated())
        .andReturn()
        .getResponse()
        .getHeader("Location");
  }

  private ResultActions submit(String location) throws Exception {
    return mvc.perform(
        post(location + "/submission")
            .with(applicant(OWNER))
            .contentType(MediaType.APPLICATION_JSON)
            .content(ApplicationApiTest.signed(mvc, json, location, OWNER)));
  }

  private ResultActions upload(String location, String type, String name, byte[] content)
      throws Exception {
    return mvc.perform(
        multipart(location + "/documents")
            .file(new MockMultipartFile("file", name, "application/pdf", content))
            .param("type", type)
            .with(applicant(OWNER)));
  }

  private static byte[] pdf(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) ' ');
    System.arraycopy(
        "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, Math.min(8, size));
    return bytes;
  }

  private JsonNode read(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return json.readTree(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor operator() {
    return jwt()
        .jwt(
            j ->
                j.subject("700101300015")
                    .claim("iin", "700101300015")
                    .claim("roles", List.of("OPERATOR")))
        .authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"));
  }

  private static String draft(String permitType, String purpose, String specimens) {
    return """
        {"permitType": "%s",
         "applicant": {"type": "INDIVIDUAL", "iin": "%s", "name": "Aidar Seitkali",
                       "address": "Almaty, Abai 10"},
         "purposeCode": "%s",
         "counterparty": {"name": "Falknerei GmbH", "address": "Berlin", "countryCode": "DE"},
         "specimens": [%s],
         "transport": {"borderCrossing": "Almaty airport", "plannedDate": "2026-04-15"},
         "personalDataConsent": true}
        """
        .formatted(permitType, OWNER, purpose, specimens);
  }

  private static String specimen(String name, String source, String origin, String more) {
    return """
        {"scientificName": "%s", "termCode": "LIV", "quantity": 2, "sourceCode": "%s",
         "countryOfOrigin": "%s"%s}"""
        .formatted(name, source, origin, more);
  }
}
