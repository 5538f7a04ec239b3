package kz.cites.permit.quotas.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of a quota's audit trail: who set it ({@code CREATED}) or changed it ({@code CHANGED}),
 * when, from what to what, and on what basis.
 */
public record QuotaChange(
    long quotaId,
    QuotaAction action,
    String actor,
    Instant at,
    BigDecimal oldQuantity,
    BigDecimal newQuantity,
    String oldUnit,
    String newUnit,
    String basis) {

  public enum QuotaAction {
    CREATED,
    CHANGED
  }
}
