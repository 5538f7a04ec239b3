package kz.cites.application.species.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.officer;
import static kz.cites.application.Callers.operator;
import static kz.cites.application.species.web.SpeciesRequests.NOT_LISTED;
import static kz.cites.application.species.web.SpeciesRequests.search;
import static kz.cites.application.species.web.SpeciesRequests.speciesPlusImport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import kz.cites.application.ApiTest;
import kz.cites.application.species.SpeciesImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The species checklist on the real database: searched by any of its names in English, Russian and
 * Kazakh, and replaced by the authority's operators from a Species+ download. The parameter rules
 * of the look-up are {@link SpeciesControllerTest}'s.
 */
class SpeciesApiTest extends ApiTest {

  private static final String PROBLEMS = "https://cites.kz/problems/";
  private static final String APPLICANT = "811201401188";

  @Autowired SpeciesImport species;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theChecklistIsSearchedByAnyNameInAnyLanguage() throws Exception {
    JsonNode found = read(search("ИРБИС").with(officer())).path("items");
    assertThat(found.get(0).path("scientificName").asString()).isEqualTo("Panthera uncia");
    assertThat(found.get(0).path("listings").get(0).path("appendix").asString()).isEqualTo("I");
    assertThat(found.get(0).path("commonNames").path("kk").asString()).contains("Ілбіс");
    JsonNode vicuna = read(search("VICUNA").with(applicant(APPLICANT))).path("items");
    assertThat(vicuna.get(0).path("listings").size()).isEqualTo(2); // split listing
    mvc.perform(search("a").with(applicant(APPLICANT)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("q"));
  }

  @Test
  void operatorsReplaceTheChecklistFromSpeciesPlus() throws Exception {
    mvc.perform(speciesPlusImport("{}").with(applicant(APPLICANT)))
        .andExpect(status().isForbidden());
    mvc.perform(speciesPlusImport(NOT_LISTED).with(operator()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "species-import-invalid"));
    assertThat(read(search("cherrug").with(operator())).path("items").size()).isEqualTo(1);

    byte[] sample;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("species/species-plus-sample.ndjson")) {
      sample = in.readAllBytes();
    }
    try {
      mvc.perform(speciesPlusImport(sample).with(operator()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.taxa").value(3));
      assertThat(read(search("cherrug").with(operator())).path("items").size()).isZero();
      assertThat(read(search("uncia").with(operator())).path("items").size()).isEqualTo(1);
    } finally {
      new TransactionTemplate(transactions)
          .executeWithoutResult(
              s -> {
                jdbc.sql("delete from species").update();
                species.loadFixtureIfEmpty();
              });
    }
    assertThat(read(search("cherrug").with(operator())).path("items").size()).isEqualTo(1);
  }
}
