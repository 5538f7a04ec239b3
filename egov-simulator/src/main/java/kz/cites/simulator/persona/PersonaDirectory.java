package kz.cites.simulator.persona;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.cites.simulator.SimulatorProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seeded world, read once at start-up and never changed. It refuses to start on inconsistent
 * data (bad check digit, dangling reference) because a simulator that lies about its own seed would
 * send developers chasing bugs in the services.
 */
@Component
public class PersonaDirectory {

  /**
   * The token roles of the architecture (section 7), fee-service's tariff administrator,
   * application-service's calendar administrator and a partner country's CITES authority (ADR
   * 0018).
   */
  public static final Set<String> KNOWN_ROLES =
      Set.of(
          "APPLICANT",
          "OFFICER",
          "OPERATOR",
          "CUSTOMS",
          "TARIFF_ADMIN",
          "CALENDAR_ADMIN",
          "QUOTA_ADMIN",
          "PARTNER_AUTHORITY");

  /** The role of a partner country's authority: its token must name the country. */
  static final String PARTNER_AUTHORITY = "PARTNER_AUTHORITY";

  private final List<Persona> personas;
  private final Map<String, Persona> personasByIin;
  private final Map<String, LegalEntity> legalEntitiesByBin;
  private final Map<String, Entrepreneur> entrepreneursByIin;
  private final Map<String, HuntingPermit> huntingPermitsByNumber;
  private final List<CourtRuling> courtRulings;

  @Autowired
  PersonaDirectory(SimulatorProperties properties, JsonMapper jsonMapper) {
    this(read(properties, jsonMapper));
  }

  PersonaDirectory(SeedData seed) {
    List<String> problems = check(seed);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Inconsistent persona data: " + String.join("; ", problems));
    }
    this.personas = seed.personas();
    this.personasByIin = index(seed.personas(), Persona::iin);
    this.legalEntitiesByBin = index(seed.legalEntities(), LegalEntity::bin);
    this.entrepreneursByIin = index(seed.entrepreneurs(), Entrepreneur::iin);
    this.huntingPermitsByNumber = index(seed.huntingPermits(), HuntingPermit::permitNumber);
    this.courtRulings = seed.courtRulings();
  }

  private static SeedData read(SimulatorProperties properties, JsonMapper jsonMapper) {
    try (InputStream in = properties.personas().getInputStream()) {
      return jsonMapper.readValue(in, SeedData.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read personas from " + properties.personas(), e);
    }
  }

  public List<Persona> personas() {
    return personas;
  }

  /** Any seeded persona, including one that no registry knows. */
  public Optional<Persona> persona(String iin) {
    return Optional.ofNullable(personasByIin.get(iin));
  }

  /** A person the individuals database knows. */
  public Optional<Persona> registeredPerson(String iin) {
    return persona(iin).filter(Persona::registered);
  }

  public Optional<LegalEntity> legalEntity(String bin) {
    return Optional.ofNullable(legalEntitiesByBin.get(bin));
  }

  public Optional<Entrepreneur> entrepreneur(String iin) {
    return Optional.ofNullable(entrepreneursByIin.get(iin));
  }

  public Optional<HuntingPermit> huntingPermit(String permitNumber) {
    return Optional.ofNullable(huntingPermitsByNumber.get(permitNumber));
  }

  /** Every ruling against this IIN or BIN, in force or not: the caller judges the dates. */
  public List<CourtRuling> rulingsAgainst(String iinOrBin) {
    return courtRulings.stream().filter(ruling -> ruling.subjectId().equals(iinOrBin)).toList();
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
  }

  static List<String> check(SeedData seed) {
    List<String> problems = new ArrayList<>();
    Set<String> iins = new HashSet<>();
    for (Persona persona : seed.personas()) {
      requireValid(problems, "persona iin", persona.iin());
      if (!iins.add(persona.iin())) {
        problems.add("duplicate persona iin " + persona.iin());
      }
      if (persona.bin() != null) {
        requireValid(problems, "persona bin", persona.bin());
      }
      if (persona.registered()
          && !IinBin.birthDateOf(persona.iin()).equals(Optional.ofNullable(persona.birthDate()))) {
        problems.add("birth date of " + persona.iin() + " does not match its IIN");
      }
      if (!KNOWN_ROLES.containsAll(persona.roles())) {
        problems.add("unknown role in " + persona.roles() + " of " + persona.iin());
      }
      // a partner's country decides which permits it sees (ADR 0018): one without a country, or
      // Kazakhstan's own authority posing as a partner, would see the wrong permits
      boolean partner = persona.roles().contains(PARTNER_AUTHORITY);
      if (partner
          && (persona.country() == null
              || !persona.country().matches("[A-Z]{2}")
              || persona.country().equals("KZ"))) {
        problems.add("partner authority " + persona.iin() + " needs a foreign country code");
      }
      if (!partner && persona.country() != null) {
        problems.add("country of " + persona.iin() + " is only for a partner authority");
      }
      if (!persona.alive() && persona.deathDate() == null) {
        problems.add("deceased persona " + persona.iin() + " has no death date");
      }
    }
    for (LegalEntity entity : seed.legalEntities()) {
      requireValid(problems, "legal entity bin", entity.bin());
      requireValid(problems, "head iin", entity.headIin());
      entity.attorneyIins().forEach(iin -> requireValid(problems, "attorney iin", iin));
    }
    for (Persona persona : seed.personas()) {
      if (persona.bin() != null
          && seed.legalEntities().stream()
              .noneMatch(
                  entity ->
                      entity.bin().equals(persona.bin())
                          && (persona.iin().equals(entity.headIin())
                              || entity.attorneyIins().contains(persona.iin())))) {
        problems.add(persona.iin() + " is neither head nor attorney of " + persona.bin());
      }
    }
    seed.entrepreneurs().forEach(e -> requireValid(problems, "entrepreneur iin", e.iin()));
    seed.huntingPermits().forEach(p -> requireValid(problems, "permit holder iin", p.holderIin()));
    seed.courtRulings().forEach(r -> requireValid(problems, "ruling subject", r.subjectId()));
    return problems;
  }

  private static void requireValid(List<String> problems, String what, String number) {
    if (!IinBin.isValid(number)) {
      problems.add(what + " " + number + " has no valid check digit");
    }
  }
}
