package kz.cites.permit.quotas;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.CitesCodes;
import kz.cites.permit.quotas.domain.ExportQuota;
import kz.cites.permit.quotas.domain.QuotaChange;
import kz.cites.permit.quotas.domain.QuotaDraw;
import kz.cites.permit.quotas.domain.QuotaRequest;
import kz.cites.permit.quotas.domain.QuotaRule;
import kz.cites.permit.quotas.domain.QuotaUse;
import kz.cites.permit.quotas.domain.Taxa;
import kz.cites.permit.quotas.persistence.QuotaLedger;
import kz.cites.permit.web.ApiProblem;
import kz.cites.permit.web.ApiProblem.BrokenRule;
import kz.cites.web.ProblemException;
import kz.cites.web.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The export quotas (ADR 0016): an administrator sets and changes them, every change audited with
 * the old and the new value; issuing an export permit takes its lines from them in the permit's
 * transaction ({@link #draw}, {@link #recordUse}), under the quotas' row locks, so parallel issues
 * never overdraw one; cancelling the permit gives the quantities back ({@link #giveBack}).
 */
@Service
public class ExportQuotas {

  /** The years a quota may be set for: CITES quotas are set a year or so ahead, never far back. */
  static final int FIRST_YEAR = 2000;

  static final int LAST_YEAR = 2100;

  private final QuotaLedger ledger;
  private final Clock clock;

  ExportQuotas(QuotaLedger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /** A quota with what permits took of it and who set or changed it. */
  public record QuotaUsage(ExportQuota quota, List<QuotaUse> uses, List<QuotaChange> changes) {}

  /** Sets a new quota; 409 {@code quota-exists} when the year, taxon, source and term have one. */
  @Transactional
  public ExportQuota create(QuotaRequest request, String actor) {
    QuotaRequest asked = checked(request);
    Instant now = clock.instant();
    long id = ledger.insert(asked, actor, now).orElseThrow(() -> exists(asked));
    ledger.recordChange(
        new QuotaChange(
            id,
            QuotaChange.QuotaAction.CREATED,
            actor,
            now,
            null,
            asked.quantity(),
            null,
            asked.unitCode(),
            asked.basis()));
    return ledger.find(id).orElseThrow();
  }

  /**
   * Changes the quantity, unit or basis of quota {@code id}. Never below what issued permits have
   * taken (409 {@code quota-below-consumed}), and the unit only while nothing was taken (409 {@code
   * quota-unit-in-use}): what was taken is counted in the old unit. Locked, so a permit issued at
   * the same moment is counted before the check or waits for the change.
   */
  @Transactional
  public ExportQuota change(
      long id, BigDecimal quantity, String unitCode, String basis, String actor) {
    List<BrokenRule> broken = new ArrayList<>();
    checkQuantity(quantity, broken);
    checkUnit(unitCode, broken);
    if (!broken.isEmpty()) {
      throw ApiProblem.invalidFields(broken);
    }
    ExportQuota quota =
        ledger.lock(List.of(id)).stream()
            .findFirst()
            .orElseThrow(() -> ApiProblem.NOT_FOUND.detail("quota", id).with("quotaId", id));
    if (quantity.compareTo(quota.consumed()) < 0) {
      throw ApiProblem.QUOTA_BELOW_CONSUMED
          .detail("consumed", plain(quota.consumed()))
          .with("field", "quantity")
          .with("quotaId", id)
          .with("consumed", quota.consumed());
    }
    if (!Objects.equals(unitCode, quota.unitCode()) && quota.consumed().signum() > 0) {
      throw ApiProblem.QUOTA_UNIT_IN_USE
          .detail("consumed", plain(quota.consumed()), unitOrSpecimens(quota.unitCode()))
          .with("field", "unitCode")
          .with("quotaId", id)
          .with("unitCode", quota.unitCode());
    }
    String newBasis = basis == null ? quota.basis() : basis;
    if (quantity.compareTo(quota.quantity()) == 0
        && Objects.equals(unitCode, quota.unitCode())
        && Objects.equals(newBasis, quota.basis())) {
      return quota; // unchanged: nothing to audit
    }
    Instant now = clock.instant();
    ledger.update(id, quantity, unitCode, newBasis, actor, now);
    ledger.recordChange(
        new QuotaChange(
            id,
            QuotaChange.QuotaAction.CHANGED,
            actor,
            now,
            quota.quantity(),
            quantity,
            quota.unitCode(),
            unitCode,
            newBasis));
    return ledger.find(id).orElseThrow();
  }

  /**
   * What the export permit of {@code application}, issued on {@code issuedOn} (a Kazakhstan date),
   * takes from the quotas of that year, already added to them when it fits. The quotas it touches
   * stay locked to the end of the caller's transaction, which must record the permit's uses ({@link
   * #recordUse}) or roll back. Anything but an export takes nothing.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public QuotaDraw draw(ApplicationSnapshot application, LocalDate issuedOn) {
    if (!QuotaRule.counts(application.permitType()) || application.specimens() == null) {
      return QuotaDraw.nothing();
    }
    List<ApplicationSnapshot.Specimen> lines = application.specimens();
    List<ExportQuota> touched = QuotaRule.touched(lines, ledger.ofYear(issuedOn.getYear()));
    if (touched.isEmpty()) {
      return QuotaDraw.nothing();
    }
    QuotaDraw draw =
        QuotaRule.draw(lines, ledger.lock(touched.stream().map(ExportQuota::id).toList()));
    if (draw instanceof QuotaDraw.Drawn drawn) {
      Map<Long, BigDecimal> perQuota =
          drawn.lines().stream()
              .collect(
                  Collectors.groupingBy(
                      QuotaDraw.Taken::quotaId,
                      Collectors.reducing(
                          BigDecimal.ZERO, QuotaDraw.Taken::quantity, BigDecimal::add)));
      perQuota.forEach(ledger::addConsumed);
    }
    return draw;
  }

  /**
   * Notes which lines of permit {@code permitNumber} took what ({@code drawn} by {@link #draw}).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordUse(
      QuotaDraw.Drawn drawn, String permitNumber, UUID applicationId, Instant at) {
    for (QuotaDraw.Taken taken : drawn.lines()) {
      ledger.recordUse(
          taken.quotaId(), permitNumber, applicationId, taken.line(), taken.quantity(), at);
    }
  }

  /** The cancelled permit {@code permitNumber} gives back what it took, in its transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void giveBack(String permitNumber, Instant at) {
    List<QuotaUse> uses = ledger.openUsesOf(permitNumber);
    if (uses.isEmpty()) {
      return;
    }
    Map<Long, BigDecimal> perQuota =
        uses.stream()
            .collect(
                Collectors.groupingBy(
                    QuotaUse::quotaId,
                    Collectors.reducing(BigDecimal.ZERO, QuotaUse::quantity, BigDecimal::add)));
    // locked in id order, as issuers lock them
    ledger.lock(perQuota.keySet().stream().sorted().toList());
    perQuota.forEach((quotaId, quantity) -> ledger.addConsumed(quotaId, quantity.negate()));
    ledger.markReturned(permitNumber, at);
  }

  @Transactional(readOnly = true)
  public List<QuotaUsage> ofYear(int year) {
    List<ExportQuota> quotas = ledger.ofYear(year);
    Map<Long, List<QuotaUse>> uses =
        ledger.usesOf(quotas.stream().map(ExportQuota::id).toList()).stream()
            .collect(Collectors.groupingBy(QuotaUse::quotaId));
    return quotas.stream()
        .map(q -> new QuotaUsage(q, uses.getOrDefault(q.id(), List.of()), null))
        .toList();
  }

  @Transactional(readOnly = true)
  public QuotaUsage one(long id) {
    ExportQuota quota =
        ledger
            .find(id)
            .orElseThrow(() -> ApiProblem.NOT_FOUND.detail("quota", id).with("quotaId", id));
    return new QuotaUsage(quota, ledger.usesOf(List.of(id)), ledger.changesOf(id));
  }

  /** The request with its taxon normalised, or a validation problem naming each broken rule. */
  private static QuotaRequest checked(QuotaRequest request) {
    List<BrokenRule> broken = new ArrayList<>();
    if (request.year() < FIRST_YEAR || request.year() > LAST_YEAR) {
      broken.add(
          BrokenRule.of(
              "year",
              "Range",
              "field.year.range",
              String.valueOf(FIRST_YEAR),
              String.valueOf(LAST_YEAR)));
    }
    String taxon = Taxa.normalised(request.taxon());
    if (!Taxa.isChecklistName(taxon)) {
      broken.add(BrokenRule.of("taxon", "ChecklistName", "field.taxon.checklist-name"));
    }
    if (!CitesCodes.SOURCES.contains(String.valueOf(request.sourceCode()))) {
      broken.add(BrokenRule.of("sourceCode", "SourceCode", "field.sourceCode.code"));
    }
    if (!CitesCodes.TERMS.contains(String.valueOf(request.termCode()))) {
      broken.add(BrokenRule.of("termCode", "TermCode", "field.termCode.code"));
    }
    checkUnit(request.unitCode(), broken);
    checkQuantity(request.quantity(), broken);
    if (!broken.isEmpty()) {
      throw ApiProblem.invalidFields(broken);
    }
    return new QuotaRequest(
        request.year(),
        taxon,
        request.sourceCode(),
        request.termCode(),
        request.unitCode(),
        request.quantity(),
        request.basis());
  }

  private static void checkUnit(String unitCode, List<BrokenRule> broken) {
    if (unitCode != null && !CitesCodes.UNITS.contains(unitCode)) {
      broken.add(BrokenRule.of("unitCode", "UnitCode", "field.unitCode.code"));
    }
  }

  private static void checkQuantity(BigDecimal quantity, List<BrokenRule> broken) {
    if (quantity == null || quantity.signum() <= 0) {
      broken.add(BrokenRule.of("quantity", "Positive", "field.quantity.positive"));
    } else if (quantity.scale() > 3 || quantity.precision() - quantity.scale() > 12) {
      broken.add(BrokenRule.of("quantity", "Digits", "field.quantity.digits"));
    }
  }

  /** The 409 of a second quota of the same key, naming the one there is (to change instead). */
  private ProblemException exists(QuotaRequest asked) {
    long existing =
        ledger
            .find(asked.year(), asked.taxon(), asked.sourceCode(), asked.termCode())
            .map(ExportQuota::id)
            .orElseThrow();
    return ApiProblem.QUOTA_EXISTS
        .detail(
            "key",
            String.valueOf(asked.year()),
            asked.taxon(),
            asked.sourceCode(),
            asked.termCode())
        .with("quotaId", existing);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static Object unitOrSpecimens(String unitCode) {
    return unitCode == null ? Text.of("quota.specimens") : unitCode;
  }
}
