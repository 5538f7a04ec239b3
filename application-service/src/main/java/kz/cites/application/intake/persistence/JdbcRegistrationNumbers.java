package kz.cites.application.intake.persistence;

import kz.cites.application.intake.domain.RegistrationNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration numbers from a per-year counter row. The upsert locks the year's row until the
 * submission commits, so numbers are unique and a rolled-back submission gives its number back.
 */
@Component
class JdbcRegistrationNumbers implements RegistrationNumbers {

  private final JdbcClient jdbc;

  JdbcRegistrationNumbers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public long nextSerial(int year) {
    return jdbc.sql(
            """
                insert into registration_sequence (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = registration_sequence.last_number + 1
                returning last_number
                """)
        .param("year", year)
        .query(Long.class)
        .single();
  }
}
