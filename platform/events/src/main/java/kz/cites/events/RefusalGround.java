package kz.cites.events;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The five grounds for refusal of the order (Annex 2, item 9), by their number there. Codes only:
 * the order's wording of each ground and where the law states it, in Kazakh, Russian and English,
 * are data of permit-service, which writes refusals ({@code legal/refusal-grounds.json}); the
 * cabinet's short words for them are application-service's bundles.
 */
public enum RefusalGround {
  UNRELIABLE_DATA(1),
  NON_COMPLIANCE(2),
  COURT_BAN(3),
  COURT_DEPRIVATION(4),
  NO_PERSONAL_DATA_CONSENT(5);

  private final int number;

  RefusalGround(int number) {
    this.number = number;
  }

  /** The ground's number in the order (item 9, subitem 1 to 5), quoted in refusal letters. */
  public int number() {
    return number;
  }

  /** The grounds as one column value, {@code COURT_BAN,UNRELIABLE_DATA}. */
  public static String joined(Collection<RefusalGround> grounds) {
    return grounds.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  /** The grounds of a column value written by {@link #joined}; empty for null or blank. */
  public static List<RefusalGround> parseJoined(String joined) {
    return joined == null || joined.isBlank()
        ? List.of()
        : Arrays.stream(joined.split(",")).map(RefusalGround::valueOf).toList();
  }
}
