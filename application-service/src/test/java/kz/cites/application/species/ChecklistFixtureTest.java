package kz.cites.application.species;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.cites.application.species.domain.Appendix;
import kz.cites.application.species.domain.Checklist;
import kz.cites.application.species.domain.ChecklistEdition;
import kz.cites.application.species.domain.ChecklistFixture;
import kz.cites.application.species.domain.Listing;
import org.junit.jupiter.api.Test;

/** The fixture's format (edition, sources, dates) and the shape of the shipped fixture. */
class ChecklistFixtureTest {

  private static final Checklist SHIPPED = SpeciesChecklistTest.SHIPPED;

  private static final String HEADER =
      """
      # version: test 1
      # date: 2026-12-06
      # source A: The Appendices.
      # source B: A CoP decision.
      """;

  @Test
  void theHeaderNamesTheEditionAndTheLinesCiteTheirSourcesByKey() {
    Checklist parsed =
        parse(
            HEADER
                + "Falco peregrinus|I|||Aves|Peregrine falcon|Сапсан|Лашын||A;B|1975-07-01\n"
                + "Falco cherrug|II|||Aves|Saker falcon|Балобан|Ителгі||A|\n");
    assertThat(parsed.edition())
        .isEqualTo(
            new ChecklistEdition(
                "test 1", LocalDate.of(2026, 12, 6), ChecklistEdition.Origin.FIXTURE));
    Listing peregrine = parsed.listings().getFirst();
    assertThat(peregrine.appendix()).isEqualTo(Appendix.I);
    assertThat(peregrine.source()).isEqualTo("The Appendices. A CoP decision.");
    assertThat(peregrine.listedSince()).isEqualTo(LocalDate.of(1975, 7, 1));
    assertThat(parsed.listings().get(1).listedSince()).isNull();
  }

  @Test
  void aLineWithoutItsSourceOrWithAnUnknownOneOrABadDateIsNamed() {
    assertThatThrownBy(() -> parse(HEADER + "Falco cherrug|II|||Aves|Saker|||||\n"))
        .hasMessage("fixture line 5: every listing needs its source");
    assertThatThrownBy(() -> parse(HEADER + "Falco cherrug|II|||Aves|Saker||||C|\n"))
        .hasMessage("fixture line 5: source 'C' not defined");
    assertThatThrownBy(() -> parse(HEADER + "Falco cherrug|II|||Aves|Saker||||A|1975\n"))
        .hasMessage("fixture line 5: '1975' is not a date (yyyy-mm-dd)");
    assertThatThrownBy(() -> parse(HEADER + "Falco cherrug|II|||Aves|Saker|||\n"))
        .hasMessage("fixture line 5: expected 11 columns");
    assertThatThrownBy(() -> parse("# date: 2026-12-06\n"))
        .hasMessageContaining("'# version:' and '# date:' are required");
  }

  @Test
  void theShippedFixtureHasAnEditionAndEveryListingItsSource() {
    assertThat(SHIPPED.edition().version()).startsWith("fixture ");
    assertThat(SHIPPED.edition().origin()).isEqualTo(ChecklistEdition.Origin.FIXTURE);
    assertThat(SHIPPED.listings())
        .allSatisfy(l -> assertThat(l.source()).as(l.scientificName()).isNotBlank())
        .allSatisfy(
            l ->
                assertThat(l.listedSince() == null || !l.listedSince().isAfter(edition()))
                    .as(l.scientificName() + " listed since " + l.listedSince())
                    .isTrue());
  }

  /**
   * A population listed apart needs the listing of the rest of its species, or a specimen from
   * elsewhere would match no listing at all; only Appendix III listings (which cover every
   * population, the countries naming the listing Party) stand alone.
   */
  @Test
  void everyPopulationListedApartHasTheRestOfItsSpeciesListedToo() {
    Map<String, List<Listing>> byName =
        SHIPPED.listings().stream().collect(Collectors.groupingBy(Listing::scientificName));
    byName.forEach(
        (name, listings) -> {
          boolean rest = listings.stream().anyMatch(l -> l.populationCountries().isEmpty());
          boolean onlyAppendixIii = listings.stream().allMatch(l -> l.appendix() == Appendix.III);
          assertThat(rest || onlyAppendixIii).as(name).isTrue();
        });
  }

  @Test
  void theRulingsSpeciesAreAppendixIWithTheirSource() {
    var lookup = SpeciesChecklistTest.lookup(SHIPPED);
    for (String name : List.of("Falco peregrinus", "Falco rusticolus", "Andrias davidianus")) {
      var resolution = lookup.resolve(name, "KZ").orElseThrow();
      assertThat(resolution.appendix()).as(name).isEqualTo(Appendix.I);
      assertThat(resolution.source()).as(name).isNotBlank();
    }
    assertThat(lookup.resolve("Falco peregrinus", "KZ").orElseThrow().source())
        .contains("CoP20")
        .contains("rejected");
  }

  private static LocalDate edition() {
    return SHIPPED.edition().date();
  }

  private static Checklist parse(String text) {
    return ChecklistFixture.parse(new BufferedReader(new StringReader(text)));
  }
}
