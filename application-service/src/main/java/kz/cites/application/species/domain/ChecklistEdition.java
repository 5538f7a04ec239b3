package kz.cites.application.species.domain;

import java.time.LocalDate;

/**
 * Which checklist is in force: its version, its date (the day its content was last checked against
 * its sources, or the day of the Species+ import) and where it came from.
 */
public record ChecklistEdition(String version, LocalDate date, Origin origin) {

  /** Where a checklist came from. */
  public enum Origin {
    /** The fixture shipped with the service ({@code species/checklist-fixture.psv}). */
    FIXTURE,
    /** A Species+ bulk NDJSON import. */
    SPECIES_PLUS
  }

  public ChecklistEdition {
    if (version == null || version.isBlank() || date == null || origin == null) {
      throw new IllegalArgumentException(
          "a checklist edition needs a version, a date and an origin");
    }
  }
}
