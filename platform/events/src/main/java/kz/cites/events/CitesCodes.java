package kz.cites.events;

import java.util.Set;

/**
 * The CITES code lists (Res. Conf. 12.3 and the trade database guidelines) that more than one
 * service checks against: the application form (application-service) and the export quotas
 * (permit-service). Kept once, here, so the two can never accept different codes.
 */
public final class CitesCodes {

  /** Source of animal specimens (Res. Conf. 12.3). */
  public static final Set<String> SOURCES = Set.of("W", "R", "D", "C", "F", "I", "O", "U", "X");

  /** Description of specimens: the term codes of the CITES trade database guidelines. */
  public static final Set<String> TERMS =
      Set.of(
          "BAL", "BOC", "BOD", "BON", "BOP", "CAL", "CAP", "CAR", "CAV", "CHP", "CLA", "CLO", "COR",
          "CUL", "DER", "DPL", "EAR", "EGG", "EGL", "EXT", "FEA", "FIB", "FIG", "FIN", "FOO", "GAL",
          "GEN", "GRS", "HAI", "HAN", "HEA", "HOR", "IVC", "IVP", "JWL", "KEY", "LEA", "LEG", "LIV",
          "LPL", "LPS", "MEA", "MED", "MUS", "NES", "OIL", "PIE", "PLA", "POW", "QUI", "ROE", "SCA",
          "SHE", "SHO", "SID", "SKD", "SKI", "SKO", "SKP", "SKS", "SKU", "SOU", "SPE", "SQU", "STE",
          "SWI", "TAI", "TEE", "TIS", "TRO", "TUS", "UNS", "VNM", "WAX");

  /** Units of the trade database; no unit means a number of specimens. */
  public static final Set<String> UNITS =
      Set.of("KIL", "GRM", "MGM", "LTR", "MLT", "MTR", "CTM", "SQM", "SQC", "CUM", "CCM");

  private CitesCodes() {}
}
