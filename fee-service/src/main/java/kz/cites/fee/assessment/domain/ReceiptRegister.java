package kz.cites.fee.assessment.domain;

import java.util.UUID;

/** Which application each receipt has paid for: a receipt pays for one application only. */
public interface ReceiptRegister {

  /**
   * Claims {@code receiptNumber} for {@code applicationId}.
   *
   * @return true when the receipt now belongs to this application (newly or already), false when
   *     another application claimed it first
   */
  boolean claim(String receiptNumber, UUID applicationId);
}
