package kz.cites.application.species.domain;

/** The CITES Appendices, most restrictive first. */
public enum Appendix {
  I,
  II,
  III;

  public static Appendix of(String roman) {
    return switch (roman == null ? "" : roman.trim()) {
      case "I" -> I;
      case "II" -> II;
      case "III" -> III;
      default -> throw new IllegalArgumentException("not a CITES appendix: " + roman);
    };
  }
}
