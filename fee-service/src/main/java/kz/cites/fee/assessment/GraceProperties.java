package kz.cites.fee.assessment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cites.fee.grace}: how long a late payment still counts before the duty is decided (and an
 * unpaid one makes the package incomplete: NOT_ACCEPTED).
 *
 * @param workingDays working days after the registration date (or the later assessment date) until
 *     whose end of the working day (17:30 Almaty) a payment counts; default 1. <b>Source</b>: none
 *     in law; the order wants the receipt in the package and the Law "On state services" lets the
 *     provider refuse to accept an incomplete one (domain.md section 5, "the duty"). The team's
 *     reading gives the applicant until the end of the next working day, since payment data reach
 *     the provider through the gateway with a delay and a bank payment may take a day.
 * @param checkInterval how often duties whose grace has ended are decided; default one minute
 * @param demoPeriod unset in any real deployment; for demonstrations and the end-to-end tests only,
 *     a fixed time after the assessment that replaces the working days (e.g. {@code PT2M}), so an
 *     unpaid duty's end can be shown within minutes
 */
@ConfigurationProperties("cites.fee.grace")
public record GraceProperties(
    @DefaultValue("1") int workingDays,
    @DefaultValue("PT1M") Duration checkInterval,
    Duration demoPeriod) {}
