package kz.cites.simulator.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The seed must be self-consistent: every IIN/BIN real-looking, every fact reachable. */
class PersonaDataTest {

  private static SeedData seed;

  @BeforeAll
  static void readSeed() throws IOException {
    try (InputStream in = PersonaDataTest.class.getResourceAsStream("/personas.json")) {
      seed = JsonMapper.builder().build().readValue(in, SeedData.class);
    }
  }

  @Test
  void everyIinAndBinHasAValidCheckDigit() {
    List<String> numbers = new ArrayList<>();
    seed.personas()
        .forEach(
            persona -> {
              numbers.add(persona.iin());
              if (persona.bin() != null) {
                numbers.add(persona.bin());
              }
            });
    seed.legalEntities()
        .forEach(
            entity -> {
              numbers.add(entity.bin());
              numbers.add(entity.headIin());
              numbers.addAll(entity.attorneyIins());
            });
    seed.entrepreneurs().forEach(entrepreneur -> numbers.add(entrepreneur.iin()));
    seed.huntingPermits().forEach(permit -> numbers.add(permit.holderIin()));
    seed.courtRulings().forEach(ruling -> numbers.add(ruling.subjectId()));

    assertThat(numbers)
        .hasSizeGreaterThan(20)
        .allSatisfy(n -> assertThat(IinBin.isValid(n)).as(n).isTrue());
  }

  @Test
  void theSeedIsConsistent() {
    assertThat(PersonaDirectory.check(seed)).isEmpty();
  }

  @Test
  void coversTheScenariosTheServicesNeed() {
    assertThat(seed.personas())
        .anySatisfy(p -> assertThat(p.iin()).isEqualTo("811201401188"))
        .anySatisfy(p -> assertThat(p.alive()).isFalse())
        .anySatisfy(p -> assertThat(p.registered()).isFalse())
        .anySatisfy(p -> assertThat(p.bin()).isEqualTo("940140000385"));
    assertThat(
            Stream.of(
                "OFFICER",
                "OPERATOR",
                "CUSTOMS",
                "TARIFF_ADMIN",
                "CALENDAR_ADMIN",
                "QUOTA_ADMIN",
                "PARTNER_AUTHORITY"))
        .allSatisfy(
            role ->
                assertThat(seed.personas()).anySatisfy(p -> assertThat(p.roles()).contains(role)));
    // two partner authorities of two countries: system-tests check one cannot see the other's
    assertThat(seed.personas())
        .filteredOn(p -> p.roles().contains("PARTNER_AUTHORITY"))
        .extracting(Persona::country)
        .contains("DE", "FR");
    assertThat(seed.legalEntities())
        .anySatisfy(e -> assertThat(e.status()).isEqualTo(LegalEntity.Status.LIQUIDATED))
        .anySatisfy(e -> assertThat(e.status()).isEqualTo(LegalEntity.Status.ACTIVE));
    assertThat(seed.courtRulings())
        .anySatisfy(r -> assertThat(r.kind()).isEqualTo(CourtRuling.Kind.ACTIVITY_BAN));
    assertThat(seed.huntingPermits()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(seed.entrepreneurs()).anySatisfy(e -> assertThat(e.active()).isTrue());
  }

  @Test
  void theHuntingPermitsCoverTheTrophiesOfTheSystemTests() {
    // system-tests file a wolf taken on 2024-12-10 (issued: taken in the season, exported after
    // it) and one taken on 2025-03-10 (refused) under the wolf permit of an ended season, and an
    // argali taken on 2026-09-14 under a running permit
    assertThat(seed.huntingPermits())
        .anySatisfy(
            p -> {
              assertThat(p.permitNumber()).isEqualTo("HP-2024-000981");
              assertThat(p.holderIin()).isEqualTo("880125306299");
              assertThat(p.species()).containsExactly("Canis lupus");
              assertThat(p.quantity()).isGreaterThanOrEqualTo(1);
              assertThat(LocalDate.of(2024, 12, 10)).isBetween(p.validFrom(), p.validTo());
              assertThat(p.validTo()).isBefore(LocalDate.of(2025, 3, 10));
            })
        .anySatisfy(
            p -> {
              assertThat(p.permitNumber()).isEqualTo("HP-2026-000417");
              assertThat(p.holderIin()).isEqualTo("721002305887");
              assertThat(p.species()).containsExactly("Ovis ammon");
              assertThat(LocalDate.of(2026, 9, 14)).isBetween(p.validFrom(), p.validTo());
            });
  }

  @Test
  void refusesAPartnerAuthorityWithoutAForeignCountry() {
    Persona kazakh =
        new Persona(
            "750310300714",
            null,
            new PersonName("Partner", "Without", null, null),
            LocalDate.of(1975, 3, 10),
            true,
            null,
            true,
            List.of("PARTNER_AUTHORITY"),
            "no country",
            "KZ");
    SeedData bad = new SeedData(List.of(kazakh), null, null, null, null);

    assertThatIllegalStateException()
        .isThrownBy(() -> new PersonaDirectory(bad))
        .withMessageContaining("needs a foreign country code");
  }

  @Test
  void refusesToStartOnABadCheckDigit() {
    Persona broken =
        new Persona(
            "811201401189",
            null,
            new PersonName("Broken", "Data", null, null),
            null,
            true,
            null,
            true,
            List.of("APPLICANT"),
            "bad",
            null);
    SeedData bad = new SeedData(List.of(broken), null, null, null, null);

    assertThatIllegalStateException()
        .isThrownBy(() -> new PersonaDirectory(bad))
        .withMessageContaining("811201401189");
  }
}
