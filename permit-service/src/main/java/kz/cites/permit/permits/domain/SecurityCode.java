package kz.cites.permit.permits.domain;

import java.security.SecureRandom;

/**
 * The code printed on the permit (box 5b's role in the electronic form) that lets anyone holding
 * the paper check it publicly by number. Random and unguessable; no 0/O or 1/I so it can be typed
 * from print.
 */
public final class SecurityCode {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int LENGTH = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecurityCode() {}

  public static String generate() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
