package kz.cites.fee.payment;

import java.time.Period;
import kz.cites.fee.payment.domain.MatchRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cites.fee.matching}: how a payment without reference (cash, bank transfer) is matched to
 * the payer's application.
 *
 * @param paidBeforeRegistration how long before the application's registration date the payment may
 *     have been made, default 30 days. <b>Source</b>: none in law; the order lets the applicant pay
 *     before filing (the receipt is part of the package), and the team's reading is that a payment
 *     older than a month is more likely to belong to an earlier application (or to be a refund
 *     case) than to this one, so it is left to an officer. The end of the window is the grace
 *     period ({@code cites.fee.grace.*}), after which the duty is decided.
 */
@ConfigurationProperties("cites.fee.matching")
public record MatchingProperties(@DefaultValue("P30D") Period paidBeforeRegistration) {

  public MatchRule rule() {
    return new MatchRule(paidBeforeRegistration);
  }
}
