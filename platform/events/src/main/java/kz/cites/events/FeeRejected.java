package kz.cites.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The duty was not paid as required; a ground for refusal (the materials do not meet the rules).
 *
 * <p>{@code amount} is the duty the payment was judged against: with no receipt of the applicant
 * ({@code UNPAID}, {@code PAID_BY_ANOTHER_PAYER}) the assessed duty ({@link FeeAssessed#amount()});
 * for {@code UNDERPAID} the duty in force on the day of the applicant's last payment (Tax Code: the
 * MCI of the day of payment), that day being {@code paidOn}.
 *
 * @param amount the duty the payment was judged against, in tenge (see above)
 * @param paid what the applicant's receipts for this application add up to, in tenge
 * @param reason why the duty is not paid: UNPAID, UNDERPAID or PAID_BY_ANOTHER_PAYER
 * @param mciYear the year of the MCI {@code amount} is based on; null in events published before
 *     this field
 * @param mciValue that MCI in tenge; null in events published before this field
 * @param paidOn the Kazakhstan (Asia/Almaty) date of the applicant's last payment that counted;
 *     null when nothing counted, and in events published before this field
 */
public record FeeRejected(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    BigDecimal amount,
    BigDecimal paid,
    Reason reason,
    @Nullable Integer mciYear,
    @Nullable BigDecimal mciValue,
    @Nullable LocalDate paidOn)
    implements ApplicationEvent {

  /** The event as it was before {@code mciYear}, {@code mciValue} and {@code paidOn}. */
  public FeeRejected(
      UUID eventId,
      Instant occurredAt,
      UUID applicationId,
      BigDecimal amount,
      BigDecimal paid,
      Reason reason) {
    this(eventId, occurredAt, applicationId, amount, paid, reason, null, null, null);
  }

  public enum Reason {
    UNPAID,
    UNDERPAID,
    PAID_BY_ANOTHER_PAYER
  }
}
