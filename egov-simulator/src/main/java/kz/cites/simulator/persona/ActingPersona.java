package kz.cites.simulator.persona;

import kz.cites.simulator.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may act in the outside world (sign in, sign with the EDS): a registered persona, for a
 * company only when it is the one they act for. One rule for the identity provider and the NCA.
 */
@Component
public class ActingPersona {

  private final PersonaDirectory directory;

  ActingPersona(PersonaDirectory directory) {
    this.directory = directory;
  }

  /**
   * The registered persona with {@code iin}, checked to act for {@code bin} when one is given.
   *
   * @throws org.springframework.web.ErrorResponseException 400 for an unknown person, 403 for a
   *     company the persona does not act for
   */
  public Persona require(String iin, String bin) {
    Persona persona =
        directory
            .registeredPerson(iin)
            .orElseThrow(
                () ->
                    Problems.of(
                        HttpStatus.BAD_REQUEST,
                        Problems.UNKNOWN_PERSONA,
                        "Unknown persona",
                        "iin",
                        "no registered persona has IIN " + iin));
    if (bin != null && !bin.equals(persona.bin())) {
      throw Problems.of(
          HttpStatus.FORBIDDEN,
          Problems.NOT_ACTING_FOR_COMPANY,
          "Not acting for that company",
          "bin",
          "persona " + persona.iin() + " does not act for BIN " + bin);
    }
    return persona;
  }
}
