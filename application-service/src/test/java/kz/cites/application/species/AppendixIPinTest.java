package kz.cites.application.species;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.cites.application.species.domain.Appendix;
import kz.cites.application.species.domain.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Appendix I listings of the shipped fixture, pinned (domain.md section 5: "an Appendix I
 * species is never treated as II by default"). A listing that leaves Appendix I, or leaves the
 * fixture, fails the build; so does a new Appendix I listing nobody pinned here. Changing this list
 * is a decision about the law, to be made with its source in the fixture.
 */
class AppendixIPinTest {

  /** Accepted name, and for a population listing " | " and its countries as in the fixture. */
  private static final String PINNED =
      """
      Panthera uncia
      Falco peregrinus
      Chlamydotis macqueenii
      Chlamydotis undulata
      Ovis ammon hodgsonii
      Ovis ammon nigrimontana
      Acipenser sturio
      Acipenser brevirostrum
      Ursus arctos | BT;CN;MX;MN
      Ursus arctos isabellinus
      Canis lupus | BT;IN;NP;PK
      Caracal caracal | AF;AM;AZ;IN;IR;IQ;IL;JO;KZ;KW;LB;OM;PK;SA;SY;TJ;TM;UZ;YE
      Lutra lutra
      Equus hemionus hemionus
      Varanus griseus
      Grus leucogeranus
      Pelecanus crispus
      Aquila heliaca
      Haliaeetus albicilla
      Falco rusticolus
      Psittacus erithacus
      Psittacus timneh
      Python molurus
      Boa constrictor occidentalis
      Chelonoidis niger
      Geochelone elegans
      Astrochelys radiata
      Astrochelys yniphora
      Crocodylus niloticus
      Crocodylus porosus
      Crocodylus siamensis
      Varanus komodoensis
      Shinisaurus crocodilurus
      Andrias davidianus
      Loxodonta africana
      Loxodonta cyclotis
      Elephas maximus
      Ceratotherium simum
      Ceratotherium simum simum
      Diceros bicornis
      Rhinoceros unicornis
      Panthera tigris
      Panthera tigris altaica
      Panthera leo persica
      Panthera pardus
      Panthera onca
      Acinonyx jubatus
      Neofelis nebulosa
      Leopardus pardalis
      Puma concolor costaricensis
      Ailuropoda melanoleuca
      Ursus thibetanus
      Helarctos malayanus
      Gorilla gorilla
      Pan troglodytes
      Pongo pygmaeus
      Lemur catta
      Manis pentadactyla
      Manis javanica
      Smutsia temminckii
      Phataginus tricuspis
      Physeter macrocephalus
      Balaenoptera musculus
      Dugong dugon
      Vicugna vicugna
      Capra falconeri
      Tapirus indicus
      Chinchilla chinchilla
      Ara macao
      Anodorhynchus hyacinthinus
      Cacatua moluccensis
      Cacatua sulphurea
      Amazona oratrix
      Harpia harpyja
      Leucopsar rothschildi
      Grus japonensis
      Scleropages formosus
      Latimeria chalumnae
      Rhincodon typus
      Carcharhinus longimanus
      Mobula birostris
      Pristis pristis
      Ornithoptera alexandrae
      """;

  record Pin(String name, Set<String> countries) {
    static Pin of(String line) {
      String[] parts = line.split("\\|");
      Set<String> countries =
          parts.length < 2
              ? Set.of()
              : Arrays.stream(parts[1].split(";"))
                  .map(String::trim)
                  .collect(Collectors.toCollection(TreeSet::new));
      return new Pin(parts[0].trim(), countries);
    }

    static Pin of(Listing listing) {
      return new Pin(listing.scientificName(), new TreeSet<>(listing.populationCountries()));
    }

    /** A country whose specimens this listing covers: one of its own, or any for the rest. */
    String someOrigin() {
      return countries.isEmpty() ? "ZZ" : countries.iterator().next();
    }
  }

  static Stream<Pin> pinned() {
    return PINNED.lines().filter(l -> !l.isBlank()).map(Pin::of);
  }

  private static final List<Listing> FIXTURE = SpeciesChecklistTest.FIXTURE;

  @ParameterizedTest(name = "{0}")
  @MethodSource("pinned")
  void everyPinnedListingIsInAppendixI(Pin pin) {
    assertThat(FIXTURE)
        .as(pin.name() + " " + pin.countries())
        .anySatisfy(
            l -> {
              assertThat(Pin.of(l)).isEqualTo(pin);
              assertThat(l.appendix()).isEqualTo(Appendix.I);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pinned")
  void aSpecimenOfAPinnedListingResolvesToAppendixI(Pin pin) {
    assertThat(SpeciesChecklistTest.lookup(FIXTURE).resolve(pin.name(), pin.someOrigin()))
        .as(pin.name() + " from " + pin.someOrigin())
        .hasValueSatisfying(r -> assertThat(r.appendix()).isEqualTo(Appendix.I));
  }

  @Test
  void everyAppendixIListingOfTheFixtureIsPinned() {
    Set<Pin> pinned = pinned().collect(Collectors.toSet());
    assertThat(FIXTURE.stream().filter(l -> l.appendix() == Appendix.I).map(Pin::of))
        .as("Appendix I listings of the fixture that are not pinned here")
        .allMatch(pinned::contains);
  }

  @Test
  void theSpeciesOfTheRulingsArePinned() {
    assertThat(pinned().map(Pin::name))
        .contains("Falco peregrinus", "Falco rusticolus", "Andrias davidianus");
  }
}
