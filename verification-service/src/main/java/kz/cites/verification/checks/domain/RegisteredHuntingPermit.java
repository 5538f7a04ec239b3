package kz.cites.verification.checks.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A hunting permit as the hunting-permit registry returns it; species are scientific names, the
 * quantity counts animals and the validity is the period in which they may be taken.
 */
public record RegisteredHuntingPermit(
    String permitNumber,
    String holderIin,
    List<String> species,
    BigDecimal quantity,
    LocalDate validFrom,
    LocalDate validTo) {

  public RegisteredHuntingPermit {
    species = species == null ? List.of() : List.copyOf(species);
  }

  /**
   * What is wrong with this permit for these specimens: the finding, the facts its text names (in
   * order) and, for the evidence, why in English words.
   */
  public record Defect(RegistryFinding finding, List<Object> facts, String reason) {}

  /**
   * Whether this permit covers {@code specimens} (all naming it) for {@code holder}, as the hunting
   * registry means it (domain.md section 5, "hunting permits"): the holder is the applicant, every
   * specimen is of a species on the permit and was taken within its validity, and the animals of
   * all the lines together are no more than the permit's quantity. When the specimens are exported
   * does not matter: a trophy taken in the season and exported after it is lawful.
   *
   * <p>A line without its date of taking (an application submitted before intake asked for it)
   * cannot be placed in the validity; it passes only while the permit is valid {@code today}, which
   * bounds the taking from above, as these applications were judged when they were filed.
   */
  public Optional<Defect> judge(String holder, List<HuntedSpecimen> specimens, LocalDate today) {
    if (holder == null || !holder.equals(holderIin)) {
      return Optional.of(
          new Defect(
              RegistryFinding.HUNTING_PERMIT_OF_ANOTHER_HOLDER,
              CheckOutcome.facts(permitNumber),
              "Hunting permit " + permitNumber + " does not belong to the applicant"));
    }
    for (HuntedSpecimen specimen : specimens) {
      if (species.stream().noneMatch(s -> sameSpecies(s, specimen.scientificName()))) {
        return Optional.of(
            new Defect(
                RegistryFinding.SPECIES_NOT_COVERED,
                CheckOutcome.facts(permitNumber, specimen.scientificName(), species),
                "Hunting permit "
                    + permitNumber
                    + " does not cover "
                    + specimen.scientificName()
                    + " (covers "
                    + String.join(", ", species)
                    + ")"));
      }
    }
    BigDecimal animals =
        specimens.stream().map(HuntedSpecimen::animals).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (quantity == null || animals.compareTo(quantity) > 0) {
      return Optional.of(
          new Defect(
              RegistryFinding.ANIMALS_NOT_COVERED,
              CheckOutcome.facts(
                  permitNumber,
                  quantity == null ? null : quantity.stripTrailingZeros(),
                  animals.stripTrailingZeros()),
              "Hunting permit "
                  + permitNumber
                  + " covers "
                  + quantity
                  + " animal(s), the application's specimens come from "
                  + animals.stripTrailingZeros().toPlainString()));
    }
    for (HuntedSpecimen specimen : specimens) {
      if (specimen.takenOn() != null) {
        if (!valid(specimen.takenOn())) {
          return Optional.of(
              new Defect(
                  RegistryFinding.TAKEN_OUTSIDE_PERMIT_VALIDITY,
                  CheckOutcome.facts(
                      permitNumber,
                      validFrom,
                      validTo,
                      specimen.scientificName(),
                      specimen.takenOn()),
                  "Hunting permit "
                      + permitNumber
                      + " is valid "
                      + validFrom
                      + ".."
                      + validTo
                      + ": "
                      + specimen.scientificName()
                      + " taken on "
                      + specimen.takenOn()
                      + " lies outside it"));
        }
      } else if (!valid(today)) {
        return Optional.of(
            new Defect(
                RegistryFinding.TAKING_DATE_NOT_CONFIRMED,
                CheckOutcome.facts(
                    specimen.scientificName(), permitNumber, validFrom, validTo, today),
                "The application does not say when "
                    + specimen.scientificName()
                    + " was taken, and hunting permit "
                    + permitNumber
                    + " (valid "
                    + validFrom
                    + ".."
                    + validTo
                    + ") is not valid today, "
                    + today
                    + ": the registry cannot confirm it was taken within the permit"));
      }
    }
    return Optional.empty();
  }

  private boolean valid(LocalDate date) {
    return validFrom != null
        && validTo != null
        && !date.isBefore(validFrom)
        && !date.isAfter(validTo);
  }

  private static boolean sameSpecies(String a, String b) {
    return b != null
        && a.trim()
            .replaceAll("\\s+", " ")
            .toLowerCase(Locale.ROOT)
            .equals(b.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }
}
