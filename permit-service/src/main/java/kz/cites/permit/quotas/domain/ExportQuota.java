package kz.cites.permit.quotas.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import kz.cites.events.ApplicationSnapshot;

/**
 * An export quota: how much of a taxon, from one source and as one term, may be exported in a year
 * (of issue, in Kazakhstan), in one unit ({@code unitCode} null: a number of specimens), and how
 * much issued export permits have taken of it so far.
 */
public record ExportQuota(
    long id,
    int year,
    String taxon,
    String sourceCode,
    String termCode,
    String unitCode,
    BigDecimal quantity,
    BigDecimal consumed,
    String basis,
    String setBy,
    Instant setAt) {

  public BigDecimal remaining() {
    return quantity.subtract(consumed);
  }

  /**
   * Whether a permit line counts against this quota: the same taxon (as the checklist names it,
   * which is what the application carries), source and term. The unit is not part of the match: a
   * line in another unit still belongs to the quota, it just cannot be counted in it.
   */
  public boolean covers(ApplicationSnapshot.Specimen line) {
    return taxon.equals(Taxa.normalised(line.scientificName()))
        && sourceCode.equals(line.sourceCode())
        && termCode.equals(line.termCode());
  }

  /** Whether {@code line}'s quantity is in this quota's unit. */
  public boolean inUnitOf(ApplicationSnapshot.Specimen line) {
    return Objects.equals(unitCode, line.unitCode());
  }
}
