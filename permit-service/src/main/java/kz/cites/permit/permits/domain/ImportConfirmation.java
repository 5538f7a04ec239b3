package kz.cites.permit.permits.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The importing country's CITES authority tells what became of the consignment (EPIX-style, ADR
 * 0018): whether the import was accepted, the quantity received per line (at most the permit's),
 * when, and under which import permit of its own.
 *
 * @param country the partner authority's country (ISO 3166 alpha-2), the importer's
 * @param confirmed true when the import was accepted, false when the authority refused it
 * @param lines every line of the permit, in its order, with the quantity received (0 when none)
 * @param importPermitNumber the importing country's own import permit, when it issued one
 * @param confirmedBy the partner official's identifier as its token gives it
 * @param confirmedByName the official's name, as its token gives it
 */
public record ImportConfirmation(
    String country,
    boolean confirmed,
    List<ConsignmentLine> lines,
    LocalDate confirmedOn,
    String importPermitNumber,
    String confirmedBy,
    String confirmedByName,
    Instant confirmedAt) {

  public ImportConfirmation {
    lines = List.copyOf(lines);
  }
}
