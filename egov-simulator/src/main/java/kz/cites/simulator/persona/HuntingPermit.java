package kz.cites.simulator.persona;

import java.time.LocalDate;
import java.util.List;

/** A record of the hunting-permit registry; species are scientific names. */
public record HuntingPermit(
    String permitNumber,
    String holderIin,
    List<String> species,
    int quantity,
    LocalDate validFrom,
    LocalDate validTo) {

  public HuntingPermit {
    species = species == null ? List.of() : List.copyOf(species);
  }
}
