package kz.cites.fee.reconciliation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.cites.calendar.Kazakhstan;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures an operator reconciles with the payment gateway's statement: per Kazakhstan-local
 * day, duties assessed, confirmed and rejected (count and duty sum) and receipts received (by the
 * day they were paid), plus the receipts that match no application.
 */
@Service
public class Reconciliation {

  private static final String ZONE = Kazakhstan.ZONE.getId();

  /** Every receipt we know of, once per number: from verifications and from notifications. */
  private static final String RECEIPTS =
      """
      (select distinct on (receipt_number) receipt_number, payer_id, amount, paid_at, reference
       from (select receipt_number, payer_id, amount, paid_at, reference from payment_notification
             union all
             select receipt_number, payer_id, amount, paid_at, reference from fee_receipt) x
       where paid_at is not null
       order by receipt_number, paid_at)
      """;

  private final JdbcClient jdbc;

  Reconciliation(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @NullMarked
  public record Tally(long count, BigDecimal amount) {
    static final Tally NONE = new Tally(0, BigDecimal.ZERO);
  }

  @NullMarked
  public record Day(
      LocalDate date, Tally assessed, Tally confirmed, Tally rejected, Tally received) {}

  /**
   * A receipt that paid for no application: {@code reason} NO_REFERENCE (a payment without
   * reference that no application took yet: it waits for an officer), NO_APPLICATION (the reference
   * names no submitted application) or OTHER_PAYER (the application's applicant did not pay it).
   */
  @NullMarked
  public record UnmatchedReceipt(
      String receiptNumber,
      String payerId,
      BigDecimal amount,
      Instant paidAt,
      @Nullable String reference,
      String reason) {}

  @NullMarked
  public record Report(
      LocalDate from, LocalDate to, List<Day> days, List<UnmatchedReceipt> unmatchedReceipts) {}

  /** The report for the local days {@code from} to {@code to}, both included. */
  @Transactional(readOnly = true)
  public Report between(LocalDate from, LocalDate to) {
    Timestamp start = Timestamp.from(from.atStartOfDay(Kazakhstan.ZONE).toInstant());
    Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(Kazakhstan.ZONE).toInstant());
    Map<LocalDate, Tally> assessed =
        tallies(
            "select (assessed_at at time zone '%s')::date as day, count(*) as n,"
                + " coalesce(sum(amount), 0) as total from fee_case"
                + " where assessed_at >= :start and assessed_at < :end group by 1",
            start, end);
    Map<LocalDate, Tally> confirmed = settled("CONFIRMED", start, end);
    Map<LocalDate, Tally> rejected = settled("REJECTED", start, end);
    Map<LocalDate, Tally> received =
        tallies(
            "select (paid_at at time zone '%s')::date as day, count(*) as n,"
                + " coalesce(sum(amount), 0) as total from "
                + RECEIPTS
                + " r where paid_at >= :start and paid_at < :end group by 1",
            start,
            end);
    List<Day> days =
        from.datesUntil(to.plusDays(1))
            .map(
                d ->
                    new Day(
                        d,
                        assessed.getOrDefault(d, Tally.NONE),
                        confirmed.getOrDefault(d, Tally.NONE),
                        rejected.getOrDefault(d, Tally.NONE),
                        received.getOrDefault(d, Tally.NONE)))
            .toList();
    return new Report(from, to, days, unmatched(start, end));
  }

  private Map<LocalDate, Tally> settled(String status, Timestamp start, Timestamp end) {
    return tallies(
        "select (settled_at at time zone '%s')::date as day, count(*) as n,"
            + " coalesce(sum(amount), 0) as total from fee_case where status = '"
            + status
            + "' and settled_at >= :start and settled_at < :end group by 1",
        start,
        end);
  }

  private Map<LocalDate, Tally> tallies(String sql, Timestamp start, Timestamp end) {
    Map<LocalDate, Tally> byDay = new TreeMap<>();
    jdbc.sql(sql.formatted(ZONE))
        .param("start", start)
        .param("end", end)
        .query(
            rs -> {
              byDay.put(
                  rs.getObject("day", LocalDate.class),
                  new Tally(rs.getLong("n"), rs.getBigDecimal("total")));
            });
    return byDay;
  }

  /**
   * Receipts paid in the period that no application claimed and that cannot be claimed: the
   * reference names no submitted application, or someone other than its applicant paid.
   */
  private List<UnmatchedReceipt> unmatched(Timestamp start, Timestamp end) {
    return jdbc.sql(
            "select r.receipt_number, r.payer_id, r.amount, r.paid_at, r.reference,"
                + " case when r.reference is null then 'NO_REFERENCE'"
                + " when c.application_id is null then 'NO_APPLICATION' else 'OTHER_PAYER'"
                + " end as reason from "
                + RECEIPTS
                + """
                 r
                left join receipt_claim k on k.receipt_number = r.receipt_number
                left join fee_case c
                  on c.application_id::text = lower(trim(r.reference)) and c.payer_id is not null
                where k.receipt_number is null
                  and r.paid_at >= :start and r.paid_at < :end
                  and (c.application_id is null or c.payer_id <> r.payer_id)
                order by r.paid_at, r.receipt_number
                """)
        .param("start", start)
        .param("end", end)
        .query(
            (rs, row) ->
                new UnmatchedReceipt(
                    rs.getString("receipt_number"),
                    rs.getString("payer_id"),
                    rs.getBigDecimal("amount"),
                    rs.getTimestamp("paid_at").toInstant(),
                    rs.getString("reference"),
                    rs.getString("reason")))
        .list();
  }
}
