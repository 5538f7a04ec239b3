package kz.cites.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The duty is paid in full by the applicant; the receipts that cover it.
 *
 * <p>The duty is 2 MCI <em>in force on the day of payment</em> (Tax Code): {@code amount} is the
 * duty the receipts were judged against, multiplier x the MCI of {@code mciYear}, the year of
 * {@code paidOn}. It equals {@link FeeAssessed#amount()} unless the payment was made under another
 * year's MCI: paid on 31 Dec 2025 at 7,864 tenge for an application registered on 5 Jan 2026, the
 * duty is paid in full and {@code amount} is 7864.00 with {@code mciYear} 2025.
 *
 * @param amount the duty the receipts paid, in tenge
 * @param receipts the receipts that counted
 * @param mciYear the year of the MCI that applied; null in events published before this field
 * @param mciValue that MCI in tenge; null in events published before this field
 * @param paidOn the Kazakhstan (Asia/Almaty) date of the payment that completed the duty; null in
 *     events published before this field
 */
public record FeeConfirmed(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    BigDecimal amount,
    List<PaymentReceipt> receipts,
    @Nullable Integer mciYear,
    @Nullable BigDecimal mciValue,
    @Nullable LocalDate paidOn)
    implements ApplicationEvent {

  /** The event as it was before {@code mciYear}, {@code mciValue} and {@code paidOn}. */
  public FeeConfirmed(
      UUID eventId,
      Instant occurredAt,
      UUID applicationId,
      BigDecimal amount,
      List<PaymentReceipt> receipts) {
    this(eventId, occurredAt, applicationId, amount, receipts, null, null, null);
  }
}
