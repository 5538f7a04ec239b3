package kz.cites.permit.quotas.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.PermitType;

/**
 * The one rule of what an export permit takes from the quotas. Only an export counts: a quota
 * limits what leaves the country of origin (Res. Conf. 14.7 (Rev. CoP15)), and an export of
 * specimens whose origin is not Kazakhstan is a re-export (domain.md, "Source D"), which has its
 * own certificate and draws on the origin country's quota, not ours. Imports never count. A line
 * counts against the quota of its year, taxon, source and term; lines without a quota are not
 * limited. Several lines of one quota are added up, and the permit fits only if every quota it
 * touches has enough left.
 */
public final class QuotaRule {

  private QuotaRule() {}

  /** Whether a permit of {@code type} takes from quotas at all. */
  public static boolean counts(PermitType type) {
    return type == PermitType.EXPORT;
  }

  /** The quotas among {@code quotas} that cover a line of {@code lines}, in id order. */
  public static List<ExportQuota> touched(
      List<ApplicationSnapshot.Specimen> lines, List<ExportQuota> quotas) {
    return quotas.stream()
        .filter(q -> lines.stream().anyMatch(q::covers))
        .sorted(Comparator.comparingLong(ExportQuota::id))
        .toList();
  }

  /**
   * What the permit's {@code lines} take from {@code quotas} (as they stand under their row locks):
   * the lines taken with the running totals after the permit, or the first quota (by id) that
   * cannot take them.
   */
  public static QuotaDraw draw(List<ApplicationSnapshot.Specimen> lines, List<ExportQuota> quotas) {
    Map<ExportQuota, List<Integer>> linesOf = new LinkedHashMap<>();
    for (ExportQuota quota : touched(lines, quotas)) {
      List<Integer> covered = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (quota.covers(lines.get(i))) {
          covered.add(i);
        }
      }
      linesOf.put(quota, covered);
    }
    List<QuotaDraw.Taken> taken = new ArrayList<>();
    for (Map.Entry<ExportQuota, List<Integer>> entry : linesOf.entrySet()) {
      ExportQuota quota = entry.getKey();
      BigDecimal requested = BigDecimal.ZERO;
      for (int i : entry.getValue()) {
        ApplicationSnapshot.Specimen line = lines.get(i);
        if (!quota.inUnitOf(line)) {
          return new QuotaDraw.Exceeded(
              quota, line.quantity(), QuotaDraw.Reason.OTHER_UNIT, line.unitCode());
        }
        requested = requested.add(line.quantity());
      }
      if (requested.compareTo(quota.remaining()) > 0) {
        return new QuotaDraw.Exceeded(quota, requested, QuotaDraw.Reason.EXHAUSTED, null);
      }
      BigDecimal exported = quota.consumed().add(requested);
      for (int i : entry.getValue()) {
        taken.add(
            new QuotaDraw.Taken(
                i + 1,
                quota.id(),
                quota.year(),
                lines.get(i).quantity(),
                exported,
                quota.quantity(),
                quota.unitCode()));
      }
    }
    taken.sort(Comparator.comparingInt(QuotaDraw.Taken::line));
    return new QuotaDraw.Drawn(taken);
  }
}
