package kz.cites.application.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package a submission needs, by the rules for its content: documents (contract, the
 * destination's import permit, scientific opinion...) and data items (the hunting permit's number,
 * the date of taking and the animals of a specimen taken from the wild in Kazakhstan, the origin
 * permit of a re-export). An incomplete package is refused with every missing item at once and
 * registers nothing.
 */
class RequiredDocumentsApiTest extends IntakeApiTest {

  @Test
  void anIncompletePackageIsRefusedWithEveryMissingItemThenAcceptedOnceComplete() throws Exception {
    Drafts.Draft wildAndCaptive =
        Drafts.export()
            .purpose("T")
            .specimens(Drafts.saker().source("W"), Drafts.specimen("Panthera uncia"));
    String location = created(wildAndCaptive);
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
                        "HUNTING_PERMIT_NUMBER",
                        "TAKEN_ON",
                        "ANIMAL_COUNT")))
        .andExpect(
            jsonPath("$.missing[*].field")
                .value(
                    hasItems(
                        "specimens[0].huntingPermitNumber",
                        "specimens[0].takenOn",
                        "specimens[0].animalCount")));
    assertThat(
            jdbc.sql("select status from application where id = :id")
                .param("id", idOf(location))
                .query(String.class)
                .single())
        .isEqualTo("DRAFT");

    for (String type : List.of("CONTRACT", "DESTINATION_IMPORT_PERMIT", "SCIENTIFIC_OPINION")) {
      upload(location, type, "x.pdf", pdf(100)).andExpect(status().isCreated());
    }
    replace(
            location,
            Drafts.export()
                .purpose("T")
                .specimens(
                    Drafts.saker()
                        .source("W")
                        .huntingPermit("HP-1")
                        .takenOn("2025-10-02")
                        .animals(2),
                    Drafts.specimen("Panthera uncia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.requirements[*].satisfied").value(everyItem(is(true))))
        .andExpect(jsonPath("$.documents.length()").value(3));
    submit(location).andExpect(status().isAccepted());
    upload(location, "OTHER", "late.pdf", pdf(10))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "application-not-draft"));
  }

  @Test
  void aReExportNamesThePermitOfTheCountryOfOrigin() throws Exception {
    String reExport =
        created(
            Drafts.reExport().purpose("P").specimen(Drafts.specimen("Python regius").from("GH")));
    submit(reExport)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.missing[*].field").value(hasItem("specimens[0].originPermit")));
  }
}
