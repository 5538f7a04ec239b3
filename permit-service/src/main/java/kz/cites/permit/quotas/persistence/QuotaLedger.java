package kz.cites.permit.quotas.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.permit.quotas.domain.ExportQuota;
import kz.cites.permit.quotas.domain.QuotaChange;
import kz.cites.permit.quotas.domain.QuotaRequest;
import kz.cites.permit.quotas.domain.QuotaUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quotas, what permits took of them and who changed them, in {@code export_quota}, {@code
 * export_quota_use} and {@code export_quota_change}. Whatever changes {@code consumed} first locks
 * the quota rows it touches, always in id order, so issuers and cancellations queue behind each
 * other instead of deadlocking, and each sees the total the one before it left.
 */
@Component
public class QuotaLedger {

  private static final String USE_COLUMNS =
      "quota_id, permit_number, application_id, line, quantity, consumed_at, returned_at";

  private static final String QUOTA_COLUMNS =
      "id, year, taxon, source_code, term_code, unit_code, quantity, consumed, basis, set_by,"
          + " set_at";

  private final JdbcClient jdbc;

  QuotaLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ExportQuota> ofYear(int year) {
    return jdbc.sql(
            "select "
                + QUOTA_COLUMNS
                + " from export_quota where year = :year order by taxon, source_code, term_code")
        .param("year", year)
        .query(QuotaLedger::quota)
        .list();
  }

  public Optional<ExportQuota> find(long id) {
    return jdbc.sql("select " + QUOTA_COLUMNS + " from export_quota where id = :id")
        .param("id", id)
        .query(QuotaLedger::quota)
        .optional();
  }

  public Optional<ExportQuota> find(int year, String taxon, String sourceCode, String termCode) {
    return jdbc.sql(
            "select "
                + QUOTA_COLUMNS
                + " from export_quota where year = :year and taxon = :taxon"
                + " and source_code = :source and term_code = :term")
        .param("year", year)
        .param("taxon", taxon)
        .param("source", sourceCode)
        .param("term", termCode)
        .query(QuotaLedger::quota)
        .optional();
  }

  /** The quotas {@code ids} as they stand, each row locked until the transaction ends. */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<ExportQuota> lock(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + QUOTA_COLUMNS
                + " from export_quota where id in (:ids) order by id for update")
        .param("ids", ids)
        .query(QuotaLedger::quota)
        .list();
  }

  /** A new quota; empty when one of the same year, taxon, source and term exists already. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Long> insert(QuotaRequest quota, String actor, Instant at) {
    return jdbc.sql(
            """
            insert into export_quota (year, taxon, source_code, term_code, unit_code, quantity,
                basis, set_by, set_at)
            values (:year, :taxon, :source, :term, :unit, :quantity, :basis, :actor, :at)
            on conflict on constraint export_quota_key do nothing
            returning id
            """)
        .param("year", quota.year())
        .param("taxon", quota.taxon())
        .param("source", quota.sourceCode())
        .param("term", quota.termCode())
        .param("unit", quota.unitCode())
        .param("quantity", quota.quantity())
        .param("basis", quota.basis())
        .param("actor", actor)
        .param("at", Timestamp.from(at))
        .query(Long.class)
        .optional();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void update(
      long id, BigDecimal quantity, String unitCode, String basis, String actor, Instant at) {
    jdbc.sql(
            """
            update export_quota set quantity = :quantity, unit_code = :unit, basis = :basis,
                set_by = :actor, set_at = :at
            where id = :id
            """)
        .param("id", id)
        .param("quantity", quantity)
        .param("unit", unitCode)
        .param("basis", basis)
        .param("actor", actor)
        .param("at", Timestamp.from(at))
        .update();
  }

  /** Adds {@code delta} (negative: gives back) to a quota the caller has locked. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void addConsumed(long id, BigDecimal delta) {
    jdbc.sql("update export_quota set consumed = consumed + :delta where id = :id")
        .param("id", id)
        .param("delta", delta)
        .update();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void recordUse(
      long quotaId,
      String permitNumber,
      UUID applicationId,
      int line,
      BigDecimal quantity,
      Instant at) {
    jdbc.sql(
            """
            insert into export_quota_use (quota_id, permit_number, application_id, line, quantity,
                consumed_at)
            values (:quota, :permit, :application, :line, :quantity, :at)
            """)
        .param("quota", quotaId)
        .param("permit", permitNumber)
        .param("application", applicationId)
        .param("line", line)
        .param("quantity", quantity)
        .param("at", Timestamp.from(at))
        .update();
  }

  /** The uses of permit {@code permitNumber} not given back yet. */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<QuotaUse> openUsesOf(String permitNumber) {
    return jdbc.sql(
            "select "
                + USE_COLUMNS
                + " from export_quota_use"
                + " where permit_number = :permit and returned_at is null order by quota_id, line")
        .param("permit", permitNumber)
        .query(QuotaLedger::use)
        .list();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void markReturned(String permitNumber, Instant at) {
    jdbc.sql(
            "update export_quota_use set returned_at = :at"
                + " where permit_number = :permit and returned_at is null")
        .param("permit", permitNumber)
        .param("at", Timestamp.from(at))
        .update();
  }

  /** Every use of the quotas {@code quotaIds}, in the order they were taken. */
  public List<QuotaUse> usesOf(Collection<Long> quotaIds) {
    if (quotaIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select " + USE_COLUMNS + " from export_quota_use where quota_id in (:ids) order by id")
        .param("ids", quotaIds)
        .query(QuotaLedger::use)
        .list();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void recordChange(QuotaChange change) {
    jdbc.sql(
            """
            insert into export_quota_change (quota_id, action, actor, at, old_quantity,
                new_quantity, old_unit, new_unit, basis)
            values (:quota, :action, :actor, :at, :oldQuantity, :newQuantity, :oldUnit, :newUnit,
                :basis)
            """)
        .param("quota", change.quotaId())
        .param("action", change.action().name())
        .param("actor", change.actor())
        .param("at", Timestamp.from(change.at()))
        .param("oldQuantity", change.oldQuantity())
        .param("newQuantity", change.newQuantity())
        .param("oldUnit", change.oldUnit())
        .param("newUnit", change.newUnit())
        .param("basis", change.basis())
        .update();
  }

  public List<QuotaChange> changesOf(long quotaId) {
    return jdbc.sql(
            "select quota_id, action, actor, at, old_quantity, new_quantity, old_unit, new_unit,"
                + " basis from export_quota_change where quota_id = :id order by at, id")
        .param("id", quotaId)
        .query(
            (rs, row) ->
                new QuotaChange(
                    rs.getLong("quota_id"),
                    QuotaChange.QuotaAction.valueOf(rs.getString("action")),
                    rs.getString("actor"),
                    rs.getTimestamp("at").toInstant(),
                    plain(rs.getBigDecimal("old_quantity")),
                    plain(rs.getBigDecimal("new_quantity")),
                    rs.getString("old_unit"),
                    rs.getString("new_unit"),
                    rs.getString("basis")))
        .list();
  }

  private static ExportQuota quota(ResultSet rs, int row) throws SQLException {
    return new ExportQuota(
        rs.getLong("id"),
        rs.getInt("year"),
        rs.getString("taxon"),
        rs.getString("source_code"),
        rs.getString("term_code"),
        rs.getString("unit_code"),
        plain(rs.getBigDecimal("quantity")),
        plain(rs.getBigDecimal("consumed")),
        rs.getString("basis"),
        rs.getString("set_by"),
        rs.getTimestamp("set_at").toInstant());
  }

  private static QuotaUse use(ResultSet rs, int row) throws SQLException {
    Timestamp returned = rs.getTimestamp("returned_at");
    return new QuotaUse(
        rs.getLong("quota_id"),
        rs.getString("permit_number"),
        rs.getObject("application_id", UUID.class),
        rs.getInt("line"),
        plain(rs.getBigDecimal("quantity")),
        rs.getTimestamp("consumed_at").toInstant(),
        returned == null ? null : returned.toInstant());
  }

  /** 12.000 as 12: numeric columns come back with their scale, quantities are shown without. */
  private static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
