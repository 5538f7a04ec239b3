package kz.cites.application.species;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.cites.application.species.domain.Appendix;
import kz.cites.application.species.domain.Checklist;
import kz.cites.application.species.domain.ChecklistEdition;
import kz.cites.application.species.domain.Listing;
import kz.cites.application.species.domain.SpeciesChecklist;
import kz.cites.application.species.domain.SpeciesPlusNdjson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped fixture, the Species+ reader and the look-up rules, without a database. */
class SpeciesChecklistTest {

  static final Checklist SHIPPED = SpeciesImport.fixture();
  static final List<Listing> FIXTURE = SHIPPED.listings();

  static BufferedReader reader(String resource) {
    return new BufferedReader(
        new InputStreamReader(
            Objects.requireNonNull(
                SpeciesChecklistTest.class.getClassLoader().getResourceAsStream(resource)),
            StandardCharsets.UTF_8));
  }

  static SpeciesLookup lookup(List<Listing> listings) {
    return lookup(new Checklist(SHIPPED.edition(), listings));
  }

  static SpeciesLookup lookup(Checklist stored) {
    return new SpeciesLookup(new Stored(stored), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
  }

  /** A checklist in memory: what a test put there, and what the last replaceAll wrote. */
  static final class Stored implements SpeciesChecklist {
    Checklist checklist;
    int replaced;

    Stored(Checklist checklist) {
      this.checklist = checklist;
    }

    @Override
    public Checklist load() {
      return checklist;
    }

    @Override
    public boolean isEmpty() {
      return checklist.listings().isEmpty();
    }

    @Override
    public Optional<ChecklistEdition> edition() {
      return Optional.ofNullable(checklist.edition());
    }

    @Override
    public void replaceAll(Checklist replacement) {
      checklist = replacement;
      replaced++;
    }
  }

  final SpeciesLookup lookup = lookup(FIXTURE);

  /** domain.md section 2, "well-known listings relevant to Kazakhstan", and section 5's rulings. */
  @ParameterizedTest
  @CsvSource({
    "Panthera uncia, KZ, I",
    "Saiga tatarica, KZ, II",
    "Saiga tatarica, RU, II",
    "Falco cherrug, KZ, II",
    "Falco peregrinus, KZ, I",
    "Falco rusticolus, RU, I",
    "Andrias davidianus, CN, I",
    "Aquila chrysaetos, KZ, II",
    "Chlamydotis macqueenii, KZ, I",
    "Ovis ammon, KZ, II",
    "Testudo horsfieldii, KZ, II",
    "Acipenser gueldenstaedtii, KZ, II",
    "Huso huso, KZ, II",
    "Ursus arctos, KZ, II",
    "Ursus arctos, MN, I",
    "Canis lupus, KZ, II",
    "Canis lupus, IN, I",
    "Lynx lynx, KZ, II",
    "Psittacus erithacus, GH, I",
    "Python regius, GH, II",
    "Loxodonta africana, KE, I",
    "Loxodonta africana, BW, II",
    "Ceratotherium simum simum, NA, II",
    "Ceratotherium simum simum, KE, I",
    "Chelydra serpentina, US, III"
  })
  void theFixtureListsTheKazakhstanSpeciesWithTheirPopulations(
      String name, String origin, String appendix) {
    assertThat(lookup.resolve(name, origin))
        .hasValueSatisfying(r -> assertThat(r.appendix().name()).isEqualTo(appendix));
  }

  @Test
  void theFixtureHasKazakhstanSpeciesAndMoreThanAHundredOthers() {
    assertThat(FIXTURE.stream().map(Listing::scientificName).distinct().count()).isGreaterThan(160);
    assertThat(FIXTURE)
        .allSatisfy(l -> assertThat(l.commonNames().en()).isNotBlank())
        .allSatisfy(l -> assertThat(l.scientificName()).matches("[A-Z][a-z]+( [a-z]+){1,2}"));
  }

  @Test
  void namesAreFoundIgnoringCaseAccentsAndLanguage() {
    assertThat(names(lookup.search("IRBIS", 5))).isEmpty();
    assertThat(names(lookup.search("ирбис", 5))).containsExactly("Panthera uncia");
    assertThat(names(lookup.search("ІЛБІС", 5))).containsExactly("Panthera uncia");
    assertThat(names(lookup.search("snow  LEOPARD", 5))).containsExactly("Panthera uncia");
    assertThat(names(lookup.search("vicuna", 5))).containsExactly("Vicugna vicugna");
    assertThat(names(lookup.search("Сёкол", 5))).isEmpty();
    assertThat(names(lookup.search("Agrionemys", 5))).containsExactly("Testudo horsfieldii");
    // a prefix match ranks before a match inside a name
    assertThat(names(lookup.search("falco", 50)).getFirst()).startsWith("Falco ");
  }

  /** CITES Art. V: an Appendix III listing covers the species everywhere, not only the Party's. */
  @ParameterizedTest
  @CsvSource({
    "Chelydra serpentina, US, III",
    "Chelydra serpentina, CA, III",
    "Odobenus rosmarus, RU, III",
    "Isostichopus fuscus, PE, III"
  })
  void anAppendixIiiListingCoversSpecimensFromEveryCountry(
      String name, String origin, String appendix) {
    assertThat(lookup.resolve(name, origin))
        .hasValueSatisfying(r -> assertThat(r.appendix().name()).isEqualTo(appendix));
  }

  @Test
  void synonymsResolveToTheAcceptedNameAndUnknownNamesGetTheClosest() {
    assertThat(lookup.resolve("agrionemys  HORSFIELDII", "KZ"))
        .hasValueSatisfying(r -> assertThat(r.acceptedName()).isEqualTo("Testudo horsfieldii"));
    assertThat(lookup.resolve("Vulpes vulpes", "KZ")).isEmpty();
    assertThat(lookup.suggestions("Falco cheruq")).startsWith("Falco cherrug");
    assertThat(lookup.suggestions("Snow leopard")).startsWith("Panthera uncia");
  }

  @Test
  void speciesPlusNdjsonKeepsAcceptedListedAnimalsOnly() {
    var result = SpeciesPlusNdjson.parse(reader("species/species-plus-sample.ndjson"));
    assertThat(result.taxa()).isEqualTo(3);
    assertThat(result.skipped()).isEqualTo(4); // synonym, not listed, plant, family
    var imported = lookup(result.listings());
    assertThat(imported.resolve("Uncia uncia", "KZ"))
        .hasValueSatisfying(
            r -> {
              assertThat(r.acceptedName()).isEqualTo("Panthera uncia");
              assertThat(r.appendix()).isEqualTo(Appendix.I);
            });
    // a split listing without country data resolves to the more restrictive appendix
    assertThat(imported.resolve("Ursus arctos", "KZ").orElseThrow().appendix())
        .isEqualTo(Appendix.I);
    assertThat(imported.resolve("Odobenus rosmarus", "CA").orElseThrow().appendix())
        .isEqualTo(Appendix.III);
    assertThat(names(imported.search("ирбис", 5))).containsExactly("Panthera uncia");
    assertThat(result.listings().getFirst().commonNames().en()).isEqualTo("Snow Leopard");
    // each listing names its Species+ taxon concept and the day it took effect
    assertThat(result.listings().getFirst().source())
        .isEqualTo(
            "Species+ taxon concept 8783"
                + " (https://speciesplus.net/species#/taxon_concepts/8783/legal)");
    assertThat(result.listings().getFirst().listedSince()).isEqualTo(LocalDate.of(1975, 7, 1));
    assertThat(imported.resolve("Ursus arctos", "KZ").orElseThrow().listedSince()).isNull();
  }

  @Test
  void aMalformedLineIsNamed() {
    assertThatThrownBy(
            () ->
                SpeciesPlusNdjson.parse(
                    new BufferedReader(new java.io.StringReader("{\"full_name\":1}\n{oops"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }

  private static List<String> names(List<SpeciesLookup.Taxon> taxa) {
    List<String> names = new ArrayList<>();
    taxa.forEach(t -> names.add(t.acceptedName()));
    return names;
  }
}
