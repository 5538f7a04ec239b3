package kz.cites.permit.quotas.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a quota's audit trail: who set it ({@code CREATED}) or changed it ({@code CHANGED}),
 * when, from what to what, and on what basis.
 */
@NullMarked
public record QuotaChange(
    long quotaId,
    QuotaAction action,
    String actor,
    Instant at,
    @Nullable BigDecimal oldQuantity,
    BigDecimal newQuantity,
    @Nullable String oldUnit,
    @Nullable String newUnit,
    @Nullable String basis) {

  public enum QuotaAction {
    CREATED,
    CHANGED
  }
}
