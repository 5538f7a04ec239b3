package kz.cites.application.intake.domain;

/**
 * The check digit of Kazakhstan's 12-digit identification numbers, the same for an IIN (persons)
 * and a BIN (legal entities): s = sum of d(i) * i for i = 1..11, c = s mod 11; when c is 10 the sum
 * is taken again with weights 3..11, 1, 2; a second 10 means no valid number has these digits.
 */
public final class IdentificationNumbers {

  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

  private IdentificationNumbers() {}

  /** True for 12 digits whose last one is the correct check digit. */
  public static boolean isValid(String number) {
    if (number == null || !number.matches("\\d{12}")) {
      return false;
    }
    int check = weightedSum(number, FIRST_WEIGHTS) % 11;
    if (check == 10) {
      check = weightedSum(number, SECOND_WEIGHTS) % 11;
      if (check == 10) {
        return false;
      }
    }
    return check == number.charAt(11) - '0';
  }

  private static int weightedSum(String number, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (number.charAt(i) - '0') * weights[i];
    }
    return sum;
  }
}
