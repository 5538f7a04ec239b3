package kz.cites.application.species;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kz.cites.application.species.SpeciesImport.FixtureLoad;
import kz.cites.application.species.domain.Appendix;
import kz.cites.application.species.domain.Checklist;
import kz.cites.application.species.domain.ChecklistEdition;
import kz.cites.application.species.domain.ChecklistEdition.Origin;
import kz.cites.application.species.domain.Listing;
import org.junit.jupiter.api.Test;

/**
 * Start-up and the shipped fixture: a database filled from an older edition of the fixture (one
 * with the peregrine in Appendix II) gets the corrected one; the authority's import is kept.
 */
class SpeciesImportTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

  private static final Listing OLD_PEREGRINE =
      new Listing(
          "Falco peregrinus",
          Appendix.II,
          null,
          "Transferred from I to II at CoP19 (2022); check the current Checklist",
          "Aves",
          null,
          null,
          null,
          null);

  @Test
  void anEmptyChecklistGetsTheFixture() {
    var stored = new SpeciesChecklistTest.Stored(new Checklist(null, List.of()));
    assertThat(imports(stored).loadFixture()).isEqualTo(FixtureLoad.LOADED);
    assertThat(stored.checklist).isEqualTo(SpeciesChecklistTest.SHIPPED);
  }

  @Test
  void anOlderEditionOfTheFixtureIsReplacedAndTheLookUpSeesIt() {
    var stored =
        new SpeciesChecklistTest.Stored(
            new Checklist(
                new ChecklistEdition("fixture 1", LocalDate.of(2026, 3, 1), Origin.FIXTURE),
                List.of(OLD_PEREGRINE)));
    SpeciesLookup lookup = lookupOf(stored);
    SpeciesImport imports = new SpeciesImport(stored, lookup, CLOCK);
    assertThat(lookup.resolve("Falco peregrinus", "KZ").orElseThrow().appendix())
        .isEqualTo(Appendix.II);

    assertThat(imports.loadFixture()).isEqualTo(FixtureLoad.REFRESHED);

    assertThat(lookup.edition()).contains(SpeciesChecklistTest.SHIPPED.edition());
    assertThat(lookup.resolve("Falco peregrinus", "KZ").orElseThrow().appendix())
        .isEqualTo(Appendix.I);
  }

  @Test
  void theShippedEditionAndASpeciesPlusImportAreKept() {
    var shipped = new SpeciesChecklistTest.Stored(SpeciesChecklistTest.SHIPPED);
    assertThat(imports(shipped).loadFixture()).isEqualTo(FixtureLoad.KEPT);
    assertThat(shipped.replaced).isZero();

    var imported =
        new SpeciesChecklistTest.Stored(
            new Checklist(
                new ChecklistEdition(
                    "species+ 2026-11-30T08:00:00Z",
                    LocalDate.of(2026, 11, 30),
                    Origin.SPECIES_PLUS),
                List.of(OLD_PEREGRINE)));
    assertThat(imports(imported).loadFixture()).isEqualTo(FixtureLoad.KEPT);
    assertThat(imported.replaced).isZero();
  }

  @Test
  void aSpeciesPlusImportNamesItsEditionAfterTheImport() throws Exception {
    var stored = new SpeciesChecklistTest.Stored(SpeciesChecklistTest.SHIPPED);
    try (var sample =
        getClass().getClassLoader().getResourceAsStream("species/species-plus-sample.ndjson")) {
      imports(stored).importSpeciesPlus(sample);
    }
    assertThat(stored.checklist.edition())
        .isEqualTo(
            new ChecklistEdition(
                "species+ 2026-12-06T10:00:00Z", LocalDate.of(2026, 12, 6), Origin.SPECIES_PLUS));
  }

  private static SpeciesImport imports(SpeciesChecklistTest.Stored stored) {
    return new SpeciesImport(stored, lookupOf(stored), CLOCK);
  }

  private static SpeciesLookup lookupOf(SpeciesChecklistTest.Stored stored) {
    return new SpeciesLookup(stored, CLOCK);
  }
}
