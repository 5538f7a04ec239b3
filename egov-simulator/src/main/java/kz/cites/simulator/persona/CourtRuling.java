package kz.cites.simulator.persona;

import java.time.LocalDate;

/**
 * A court ruling of the court-records registry.
 *
 * @param subjectId IIN or BIN of the person or company the ruling is against
 * @param until end of the ban or deprivation; null when indefinite
 */
public record CourtRuling(
    String subjectId,
    String caseNumber,
    Kind kind,
    LocalDate inForceFrom,
    LocalDate until,
    String text) {

  public enum Kind {
    ACTIVITY_BAN,
    SPECIAL_RIGHT_DEPRIVATION
  }
}
