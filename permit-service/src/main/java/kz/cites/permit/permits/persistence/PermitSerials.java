package kz.cites.permit.permits.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The serial counter of each year of issue. Taking a serial increments the year's row in the
 * issuing transaction: the row lock makes concurrent issuers wait for each other's commit, and a
 * failed issue rolls its increment back, so serials are unique and without gaps. The first permit
 * of a year creates the row in the same statement.
 */
@Component
public class PermitSerials {

  private final JdbcClient jdbc;

  PermitSerials(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public int next(int year) {
    return jdbc.sql(
            """
            insert into permit_number_counter (year, last_serial) values (:year, 1)
            on conflict (year) do update set last_serial = permit_number_counter.last_serial + 1
            returning last_serial
            """)
        .param("year", year)
        .query(Integer.class)
        .single();
  }
}
