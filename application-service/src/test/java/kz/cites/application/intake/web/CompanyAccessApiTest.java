package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.applicantFor;
import static kz.cites.application.Callers.officer;
import static kz.cites.application.intake.web.Drafts.DALA_FAUNA;
import static kz.cites.application.intake.web.Drafts.DALA_FAUNA_BIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * One rule for company access (platform/access {@code Party}): what a person files for a company
 * belongs to the company; its head and attorneys signed in for it (the token's BIN) see and act on
 * all of it, whoever of them filed; signed in alone, the same people see only their own filings.
 */
class CompanyAccessApiTest extends IntakeApiTest {

  /** Files for Dala Fauna Trade LLP (its head, in the tests). */
  static final String HEAD = OWNER;

  /** Acts for Dala Fauna Trade LLP under a power of attorney. */
  static final String ATTORNEY = OTHER;

  static final String CABINET = "/api/v1/cabinet/notifications?size=100";

  @Test
  void theCompanysPeopleSignedInForItActOnItsDraftsAndTheSamePeopleAloneDoNot() throws Exception {
    String location = createdForTheCompany();
    String id = idOf(location).toString();

    for (RequestPostProcessor forTheCompany : List.of(head(), attorney())) {
      mvc.perform(get(location).with(forTheCompany))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.content.applicant.bin").value(DALA_FAUNA_BIN));
      assertThat(idsIn(read(get(APPLICATIONS + "?size=100").with(forTheCompany)))).contains(id);
      mvc.perform(get(location + "/signing-payload").with(forTheCompany))
          .andExpect(status().isOk());
    }
    // the attorney carries on with the head's draft: replaces it (as its applicant now) and
    // attaches a document the head can download
    mvc.perform(
            put(location)
                .with(attorney())
                .contentType(MediaType.APPLICATION_JSON)
                .content(forTheCompany(ATTORNEY).purpose("Z").json()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content.applicant.iin").value(ATTORNEY));
    String document =
        mvc.perform(uploadTo(location).with(attorney()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    mvc.perform(get(document).with(head())).andExpect(status().isOk());

    for (String alone : List.of(HEAD, ATTORNEY)) {
      mvc.perform(get(location).with(applicant(alone)))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.type").value(PROBLEMS + "not-found"));
      assertThat(idsIn(read(get(APPLICATIONS + "?size=100").with(applicant(alone)))))
          .doesNotContain(id);
      mvc.perform(get(location + "/signing-payload").with(applicant(alone)))
          .andExpect(status().isNotFound());
      mvc.perform(get(document).with(applicant(alone))).andExpect(status().isNotFound());
      mvc.perform(uploadTo(location).with(applicant(alone))).andExpect(status().isNotFound());
      mvc.perform(
              put(location)
                  .with(applicant(alone))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(Drafts.export().json()))
          .andExpect(status().isNotFound());
      mvc.perform(post(location + "/withdrawal").with(applicant(alone)))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get(location).with(applicantFor(HEAD, "990140004654")))
        .andExpect(status().isNotFound());
    mvc.perform(get(location).with(officer())).andExpect(status().isOk());
  }

  @Test
  void aPersonsOwnFilingIsNotTheCompanys() throws Exception {
    String own = created(Drafts.export()); // the head's own, signed in alone

    mvc.perform(get(own).with(applicant(HEAD))).andExpect(status().isOk());
    for (RequestPostProcessor forTheCompany : List.of(head(), attorney())) {
      mvc.perform(get(own).with(forTheCompany)).andExpect(status().isNotFound());
      assertThat(idsIn(read(get(APPLICATIONS + "?size=100").with(forTheCompany))))
          .doesNotContain(idOf(own).toString());
    }
  }

  @Test
  void signedInForACompanyOneFilesForThatCompanyOnly() throws Exception {
    createAs(head(), Drafts.export())
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "applicant-mismatch"))
        .andExpect(jsonPath("$.field").value("applicant.type"));
    // a BIN belongs on a company's application only
    create(Drafts.export().with("applicant.bin", DALA_FAUNA_BIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
        .andExpect(jsonPath("$.errors[*].field").value(contains("applicant.bin")));
  }

  @Test
  void theCompanysNotificationsAreForThoseSignedInForIt() throws Exception {
    String location = createdForTheCompany();
    mvc.perform(post(location + "/withdrawal").with(attorney())).andExpect(status().isOk());

    JsonNode forTheCompany = read(get(CABINET).with(head()));
    String notification = notificationOf(forTheCompany, idOf(location).toString());
    assertThat(notification).as("the head, signed in for the company, is notified").isNotNull();
    for (String alone : List.of(HEAD, ATTORNEY)) {
      assertThat(
              notificationOf(read(get(CABINET).with(applicant(alone))), idOf(location).toString()))
          .isNull();
      mvc.perform(
              post("/api/v1/cabinet/notifications/" + notification + "/read")
                  .with(applicant(alone)))
          .andExpect(status().isNotFound());
    }
    mvc.perform(post("/api/v1/cabinet/notifications/" + notification + "/read").with(attorney()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.read").value(true));
  }

  private String createdForTheCompany() throws Exception {
    return createAs(head(), forTheCompany(HEAD))
        .andExpect(status().isCreated())
        .andReturn()
        .getResponse()
        .getHeader("Location");
  }

  private static Drafts.Draft forTheCompany(String person) {
    return Drafts.export()
        .with("applicant.iin", person)
        .purpose("T")
        .actingFor(DALA_FAUNA_BIN, DALA_FAUNA);
  }

  private static RequestPostProcessor head() {
    return applicantFor(HEAD, DALA_FAUNA_BIN);
  }

  private static RequestPostProcessor attorney() {
    return applicantFor(ATTORNEY, DALA_FAUNA_BIN);
  }

  private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder
      uploadTo(String location) {
    return multipart(location + "/documents")
        .file(
            new MockMultipartFile(
                "file",
                "contract.pdf",
                "application/pdf",
                "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)))
        .param("type", "CONTRACT");
  }

  private static List<String> idsIn(JsonNode page) {
    return StreamSupport.stream(page.path("items").spliterator(), false)
        .map(item -> item.path("id").asString())
        .toList();
  }

  private static String notificationOf(JsonNode cabinet, String applicationId) {
    return StreamSupport.stream(cabinet.path("items").spliterator(), false)
        .filter(n -> applicationId.equals(n.path("applicationId").asString()))
        .map(n -> n.path("id").asString())
        .findFirst()
        .orElse(null);
  }
}
