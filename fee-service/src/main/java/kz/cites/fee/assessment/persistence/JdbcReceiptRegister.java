package kz.cites.fee.assessment.persistence;

import java.util.UUID;
import kz.cites.fee.assessment.domain.ReceiptRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code receipt_claim} table: its primary key on the receipt number makes a receipt pay for
 * one application only, even when two settlements race for it (the second waits for the first's
 * insert, then sees it).
 */
@Repository
class JdbcReceiptRegister implements ReceiptRegister {

  private final JdbcClient jdbc;

  JdbcReceiptRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean claim(String receiptNumber, UUID applicationId) {
    jdbc.sql(
            """
            insert into receipt_claim (receipt_number, application_id) values (:number, :application)
            on conflict (receipt_number) do nothing
            """)
        .param("number", receiptNumber)
        .param("application", applicationId)
        .update();
    UUID owner =
        jdbc.sql("select application_id from receipt_claim where receipt_number = :number")
            .param("number", receiptNumber)
            .query(UUID.class)
            .single();
    return owner.equals(applicationId);
  }
}
