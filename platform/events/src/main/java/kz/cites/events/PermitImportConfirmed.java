package kz.cites.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The importing country's CITES authority answered for the consignment of a permit addressed to it,
 * through the e-permit exchange (EPIX-style, ADR 0018): import accepted or refused, the quantity
 * received per line and the date. Once per permit; the permit's status does not change.
 *
 * @param permitNumber the permit the answer is about
 * @param importingCountry the partner authority's country (ISO 3166 alpha-2), the importer's
 * @param confirmed true when the import was accepted, false when the authority refused it
 * @param lines the quantity received per line of the permit, in the permit's order; a line not
 *     received is there with quantity 0
 * @param confirmedOn the date of the import as the partner states it
 * @param importPermitNumber the importing country's own import permit, if it issued one
 * @param confirmedBy the partner official's identifier, as its token gives it
 */
public record PermitImportConfirmed(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    String permitNumber,
    String importingCountry,
    boolean confirmed,
    List<Line> lines,
    LocalDate confirmedOn,
    @Nullable String importPermitNumber,
    String confirmedBy)
    implements ApplicationEvent {

  public PermitImportConfirmed {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /**
   * One line of the permit as received.
   *
   * @param line the line's number on the permit, from 1
   * @param scientificName the line's taxon, as on the permit (box 7)
   * @param quantity the quantity received, at most the permit's
   * @param unitCode the line's CITES unit; null when the quantity counts specimens
   */
  public record Line(
      int line, String scientificName, BigDecimal quantity, @Nullable String unitCode) {}
}
