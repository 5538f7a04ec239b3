package kz.cites.application.intake.domain;

/**
 * The appendix the Convention treats a specimen line under, which is not always the appendix the
 * checklist lists it in. Article VII.4: specimens of an Appendix I animal bred in captivity for
 * commercial purposes by an operation registered with the Secretariat (source code D) are deemed to
 * be specimens of Appendix II, so their export needs no import permit of the destination and an
 * import for commercial purposes (T) is allowed (domain.md section 5, "Source D").
 */
public final class TreatedAppendix {

  /** CITES source code D: Appendix I animals bred in captivity for commercial purposes. */
  static final String BRED_BY_A_REGISTERED_OPERATION = "D";

  private TreatedAppendix() {}

  /** The appendix {@code listed} (from the checklist) counts as for a line of {@code source}. */
  public static String of(String listed, String source) {
    return "I".equals(listed) && BRED_BY_A_REGISTERED_OPERATION.equals(source) ? "II" : listed;
  }
}
