package kz.cites.fee.tariff.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.cites.events.LocalizedText;
import kz.cites.fee.tariff.domain.DutyRate;
import kz.cites.fee.tariff.domain.MciEntry;
import kz.cites.fee.tariff.domain.TariffBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tariff tables: seeded by Flyway migrations, MCI years added through the admin API. */
@Repository
class JdbcTariff implements TariffBook {

  private final JdbcClient jdbc;

  JdbcTariff(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<BigDecimal> mci(int year) {
    return jdbc.sql("select value from mci where year = :year")
        .param("year", year)
        .query(BigDecimal.class)
        .optional();
  }

  @Override
  public Optional<DutyRate> rateOn(LocalDate date) {
    return jdbc.sql(
            """
            select multiplier, legal_reference, legal_reference_kk, legal_reference_ru
            from duty_rate
            where valid_from <= :date order by valid_from desc limit 1
            """)
        .param("date", date)
        .query((rs, row) -> new DutyRate(rs.getInt("multiplier"), legalReference(rs)))
        .optional();
  }

  @Override
  public List<MciEntry> mciYears() {
    return jdbc.sql("select year, value, source, set_by, set_at from mci order by year")
        .query(
            (rs, row) -> {
              Timestamp setAt = rs.getTimestamp("set_at");
              return new MciEntry(
                  rs.getInt("year"),
                  rs.getBigDecimal("value"),
                  rs.getString("source"),
                  rs.getString("set_by"),
                  setAt == null ? null : setAt.toInstant());
            })
        .list();
  }

  @Override
  public List<DatedRate> rates() {
    return jdbc.sql(
            "select valid_from, multiplier, legal_reference, legal_reference_kk,"
                + " legal_reference_ru from duty_rate order by 1")
        .query(
            (rs, row) ->
                new DatedRate(
                    rs.getObject("valid_from", LocalDate.class),
                    rs.getInt("multiplier"),
                    legalReference(rs)))
        .list();
  }

  @Override
  public void putMci(int year, BigDecimal value, String source, String by, Instant at) {
    BigDecimal previous =
        jdbc.sql("select value from mci where year = :year for update")
            .param("year", year)
            .query(BigDecimal.class)
            .optional()
            .orElse(null);
    jdbc.sql(
            """
            insert into mci (year, value, source, set_by, set_at)
            values (:year, :value, :source, :by, :at)
            on conflict (year) do update
              set value = excluded.value, source = excluded.source,
                  set_by = excluded.set_by, set_at = excluded.set_at
            """)
        .param("year", year)
        .param("value", value)
        .param("source", source)
        .param("by", by)
        .param("at", Timestamp.from(at))
        .update();
    jdbc.sql(
            """
            insert into mci_change (year, previous_value, value, source, changed_by, changed_at)
            values (:year, :previous, :value, :source, :by, :at)
            """)
        .param("year", year)
        .param("previous", previous)
        .param("value", value)
        .param("source", source)
        .param("by", by)
        .param("at", Timestamp.from(at))
        .update();
  }

  @Override
  public long assessmentsUsing(int year) {
    // assessed with it, or a payment judged by it (the MCI of the day of payment)
    return jdbc.sql(
            "select count(*) from fee_case where mci_year = :year or applied_mci_year = :year")
        .param("year", year)
        .query(Long.class)
        .single();
  }

  /** A rate's legal reference in its three languages. */
  private static LocalizedText legalReference(ResultSet rs) throws SQLException {
    return new LocalizedText(
        rs.getString("legal_reference_kk"),
        rs.getString("legal_reference_ru"),
        rs.getString("legal_reference"));
  }
}
