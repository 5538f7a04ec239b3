package kz.cites.simulator.persona;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Check digit of the Kazakh IIN (individuals) and BIN (legal entities): 12 digits, the last one a
 * weighted sum mod 11 of the first eleven, with a second weight set when the first gives 10.
 *
 * <p>Kept local to the simulator on purpose: the simulator stands for the outside world and must
 * not share code with the services it checks.
 */
public final class IinBin {

  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

  private IinBin() {}

  /** True when {@code number} is 12 digits and its last digit is the correct check digit. */
  public static boolean isValid(String number) {
    if (number == null || number.length() != 12 || !number.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int check = checkDigit(number);
    return check >= 0 && check == number.charAt(11) - '0';
  }

  /**
   * The check digit for the first 11 digits, or -1 when no check digit exists (the number is
   * unusable).
   */
  static int checkDigit(String number) {
    int check = weightedSum(number, FIRST_WEIGHTS) % 11;
    if (check == 10) {
      check = weightedSum(number, SECOND_WEIGHTS) % 11;
    }
    return check == 10 ? -1 : check;
  }

  /**
   * Birth date encoded in an IIN: YYMMDD plus the century from the 7th digit (1-2: 1800s, 3-4:
   * 1900s, 5-6: 2000s). Empty when the digits do not form a date.
   */
  public static Optional<LocalDate> birthDateOf(String iin) {
    if (!isValid(iin)) {
      return Optional.empty();
    }
    int centuryDigit = iin.charAt(6) - '0';
    if (centuryDigit < 1 || centuryDigit > 6) {
      return Optional.empty();
    }
    int century = 1800 + (centuryDigit - 1) / 2 * 100;
    try {
      return Optional.of(
          LocalDate.of(
              century + Integer.parseInt(iin.substring(0, 2)),
              Integer.parseInt(iin.substring(2, 4)),
              Integer.parseInt(iin.substring(4, 6))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int weightedSum(String number, int[] weights) {
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (number.charAt(i) - '0') * weights[i];
    }
    return sum;
  }
}
