package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.officer;
import static kz.cites.application.intake.web.Drafts.ZHAKSYLYKOV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Applicants see their own applications only (another's is not found, not forbidden: its existence
 * is not disclosed); the authority's staff see and filter all.
 */
class OwnershipApiTest extends IntakeApiTest {

  @Test
  void anotherApplicantsApplicationIsNotFound() throws Exception {
    String location = created(Drafts.export());
    mvc.perform(get(location).with(applicant(OTHER)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "not-found"));
    mvc.perform(get(location).with(officer())).andExpect(status().isOk());
  }

  @Test
  void applicantsPageTheirOwnAndStaffFilterAll() throws Exception {
    create(Drafts.export().by(ZHAKSYLYKOV).purpose("Z")).andExpect(status().isCreated());

    JsonNode own = read(get(APPLICATIONS + "?size=100").with(applicant(ZHAKSYLYKOV.iin())));
    assertThat(own.path("items").size()).isEqualTo(1);
    assertThat(own.path("items").get(0).path("status").asString()).isEqualTo("DRAFT");
    JsonNode drafts = read(get(APPLICATIONS + "?status=DRAFT&size=100").with(officer()));
    assertThat(drafts.path("totalElements").asLong()).isGreaterThanOrEqualTo(1);
    drafts
        .path("items")
        .forEach(item -> assertThat(item.path("status").asString()).isEqualTo("DRAFT"));
    mvc.perform(get(APPLICATIONS + "?status=LOST").with(officer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("status"));
  }

  @Test
  void anApplicationIsNamedByItsUuid() throws Exception {
    mvc.perform(get(APPLICATIONS + "/not-a-uuid").with(applicant(OWNER)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("id"));
  }
}
