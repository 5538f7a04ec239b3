package kz.cites.permit.permits.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Box 14 of the CITES form as customs filled it in at the border: the quantity actually shipped per
 * line (CITES Res. Conf. 12.3: the export endorsement states the quantity exported), where and
 * when, under which customs declaration, and the customs officer.
 *
 * @param lines every line of the permit, in its order, with the quantity shipped (0 when the line
 *     was not shipped)
 * @param endorsedBy the customs officer's IIN (kept for the record, never printed)
 * @param endorsedByName the officer's name as the identity provider gives it, for box 14
 */
public record Endorsement(
    List<ConsignmentLine> lines,
    String borderCrossing,
    LocalDate endorsedOn,
    String declarationNumber,
    String endorsedBy,
    String endorsedByName,
    Instant endorsedAt) {

  public Endorsement {
    lines = List.copyOf(lines);
  }
}
