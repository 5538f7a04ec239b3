package kz.cites.fee.tariff.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import kz.cites.fee.tariff.domain.DutyRate;
import kz.cites.fee.tariff.domain.Tariff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tariff tables seeded and maintained by Flyway migrations. */
@Repository
class JdbcTariff implements Tariff {

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
            select multiplier, legal_reference from duty_rate
            where valid_from <= :date order by valid_from desc limit 1
            """)
        .param("date", date)
        .query((rs, row) -> new DutyRate(rs.getInt("multiplier"), rs.getString("legal_reference")))
        .optional();
  }
}
