package kz.cites.verification.checks.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A hunting permit as the hunting-permit registry returns it; species are scientific names. */
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

  /** What is wrong with this permit for these specimens, and why in words. */
  public record Defect(RegistryFinding finding, String reason) {}

  /**
   * Whether this permit covers {@code specimens} (all naming it) for {@code holder} on every one of
   * {@code dates}.
   */
  public Optional<Defect> judge(
      String holder, List<HuntedSpecimen> specimens, List<LocalDate> dates) {
    if (holder == null || !holder.equals(holderIin)) {
      return Optional.of(
          new Defect(
              RegistryFinding.HUNTING_PERMIT_OF_ANOTHER_HOLDER,
              "Hunting permit " + permitNumber + " does not belong to the applicant"));
    }
    for (HuntedSpecimen specimen : specimens) {
      if (species.stream().noneMatch(s -> sameSpecies(s, specimen.scientificName()))) {
        return Optional.of(
            new Defect(
                RegistryFinding.SPECIES_NOT_COVERED,
                "Hunting permit "
                    + permitNumber
                    + " does not cover "
                    + specimen.scientificName()
                    + " (covers "
                    + String.join(", ", species)
                    + ")"));
      }
    }
    BigDecimal wanted =
        specimens.stream()
            .map(s -> s.quantity() == null ? BigDecimal.ZERO : s.quantity())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (quantity == null || wanted.compareTo(quantity) > 0) {
      return Optional.of(
          new Defect(
              RegistryFinding.QUANTITY_NOT_COVERED,
              "Hunting permit "
                  + permitNumber
                  + " covers "
                  + quantity
                  + " specimen(s), the application has "
                  + wanted.stripTrailingZeros().toPlainString()));
    }
    for (LocalDate date : dates) {
      if (validFrom == null
          || validTo == null
          || date.isBefore(validFrom)
          || date.isAfter(validTo)) {
        return Optional.of(
            new Defect(
                RegistryFinding.HUNTING_PERMIT_NOT_VALID_ON_DATE,
                "Hunting permit "
                    + permitNumber
                    + " is valid "
                    + validFrom
                    + ".."
                    + validTo
                    + ", not on "
                    + date));
      }
    }
    return Optional.empty();
  }

  private static boolean sameSpecies(String a, String b) {
    return b != null
        && a.trim()
            .replaceAll("\\s+", " ")
            .toLowerCase(Locale.ROOT)
            .equals(b.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }
}
