package kz.cites.simulator.persona;

import java.util.List;
import java.util.Objects;

/** The content of {@code personas.json}: the people and what each registry holds. */
record SeedData(
    List<Persona> personas,
    List<LegalEntity> legalEntities,
    List<Entrepreneur> entrepreneurs,
    List<HuntingPermit> huntingPermits,
    List<CourtRuling> courtRulings) {

  SeedData {
    personas = copy(personas);
    legalEntities = copy(legalEntities);
    entrepreneurs = copy(entrepreneurs);
    huntingPermits = copy(huntingPermits);
    courtRulings = copy(courtRulings);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list.stream().filter(Objects::nonNull).toList());
  }
}
