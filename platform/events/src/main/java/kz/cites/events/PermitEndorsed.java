package kz.cites.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Customs endorsed the permit at the border (box 14 of the CITES form): the quantities actually
 * shipped, where and when, and under which customs declaration. A permit covers one consignment, so
 * it is endorsed once and is then {@code USED}.
 *
 * @param permitNumber the permit endorsed
 * @param lines the quantity shipped per line of the permit, in the permit's order; a line not
 *     shipped is there with quantity 0
 * @param borderCrossing the border crossing point where the shipment was inspected
 * @param endorsedOn the Kazakhstan date of the endorsement
 * @param declarationNumber the customs declaration the shipment was declared under
 * @param endorsedBy the IIN of the customs officer who endorsed
 */
public record PermitEndorsed(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    String permitNumber,
    List<Line> lines,
    String borderCrossing,
    LocalDate endorsedOn,
    String declarationNumber,
    String endorsedBy)
    implements ApplicationEvent {

  public PermitEndorsed {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /**
   * One line of the permit as shipped.
   *
   * @param line the line's number on the permit, from 1
   * @param scientificName the line's taxon, as on the permit (box 7)
   * @param quantity the quantity shipped, at most the permit's
   * @param unitCode the line's CITES unit; null when the quantity counts specimens
   */
  public record Line(
      int line, String scientificName, BigDecimal quantity, @Nullable String unitCode) {}
}
