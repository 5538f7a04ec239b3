package kz.cites.permit.permits.domain;

import java.time.LocalDate;
import kz.cites.events.PermitType;

/**
 * How long a permit is valid (CITES Art. VI, Res. Conf. 12.3): an export permit or re-export
 * certificate 6 months from the date of issue, an import permit 12 months. The months are calendar
 * months; a day that does not exist in the last month becomes that month's last day (31 Aug + 6
 * months = 28 Feb), so validity is never longer than the rule allows. The date is the issue date in
 * Kazakhstan.
 */
public final class PermitValidity {

  private PermitValidity() {}

  public static LocalDate validUntil(PermitType type, LocalDate issuedOn) {
    return issuedOn.plusMonths(months(type));
  }

  static int months(PermitType type) {
    return switch (type) {
      case EXPORT, RE_EXPORT -> 6;
      case IMPORT -> 12;
    };
  }
}
