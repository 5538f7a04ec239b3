package kz.cites.simulator.persona;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A seeded person.
 *
 * @param bin the company this person acts for (head or attorney), if any
 * @param registered false for an IIN no registry knows (tests of NOT_FOUND); such a persona gets no
 *     token
 * @param roles the token roles the identity provider grants this person
 * @param description what the registries say of this person, for humans choosing a persona
 * @param country for a partner authority's official (role {@code PARTNER_AUTHORITY}), the ISO 3166
 *     alpha-2 code of the country whose CITES authority they work for; the token carries it as the
 *     {@code country} claim, and a partner sees only permits whose importer is in it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Persona(
    String iin,
    String bin,
    PersonName name,
    LocalDate birthDate,
    boolean alive,
    LocalDate deathDate,
    boolean registered,
    List<String> roles,
    String description,
    String country) {

  public Persona {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
