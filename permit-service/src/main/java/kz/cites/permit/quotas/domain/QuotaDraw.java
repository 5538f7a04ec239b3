package kz.cites.permit.quotas.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an export permit would take from the quotas of its year: either every line that a quota
 * covers fits ({@link Drawn}, possibly with no lines at all), or one quota cannot take it ({@link
 * Exceeded}) and the permit must not be issued.
 */
public sealed interface QuotaDraw {

  /** Nothing to take: not an export, or no quota covers any line. */
  static Drawn nothing() {
    return new Drawn(List.of());
  }

  /** The lines taken, each with its quota's running total after this permit (box 11a). */
  record Drawn(List<Taken> lines) implements QuotaDraw {

    public Drawn {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One line (1-based, in the permit's order) taken from quota {@code quotaId}: {@code quantity} of
   * it; {@code exported} is the quota's consumed total after the whole permit, of {@code quota}.
   */
  record Taken(
      int line,
      long quotaId,
      int year,
      BigDecimal quantity,
      BigDecimal exported,
      BigDecimal quota,
      String unitCode) {}

  /**
   * The quota that stops the permit: it has less left than the permit's lines it covers ask for
   * ({@code requested}, in its unit), or a line it covers states its quantity in another unit
   * ({@code otherUnit}: that unit, or null for a number of specimens), which cannot be counted in
   * it.
   */
  record Exceeded(ExportQuota quota, BigDecimal requested, Reason reason, String otherUnit)
      implements QuotaDraw {}

  enum Reason {
    /** The lines ask for more than is left. */
    EXHAUSTED,
    /** A line is in another unit than the quota. */
    OTHER_UNIT
  }
}
