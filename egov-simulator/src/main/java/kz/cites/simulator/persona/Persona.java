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
    String description) {

  public Persona {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
