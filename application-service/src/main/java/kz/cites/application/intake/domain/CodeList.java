package kz.cites.application.intake.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kz.cites.events.ApplicationSnapshot.ApplicantType;
import kz.cites.events.CitesCodes;
import kz.cites.events.PermitType;

/**
 * The closed code lists of the application form. Codes are kept as strings in the content so that
 * an unknown code is reported against its field instead of failing the whole body.
 */
public enum CodeList {
  PERMIT_TYPE(names(PermitType.values())),
  APPLICANT_TYPE(names(ApplicantType.values())),
  /** Purpose of the transaction (CITES Res. Conf. 12.3). */
  PURPOSE(Set.of("T", "Z", "G", "Q", "S", "H", "P", "M", "E", "N", "B", "L")),
  /** Source of animal specimens (CITES Res. Conf. 12.3). */
  SOURCE(CitesCodes.SOURCES),
  /** Description of specimens, the term codes of the CITES trade database guidelines. */
  TERM(CitesCodes.TERMS),
  /** Units of the trade database; no unit means a number of specimens. */
  UNIT(CitesCodes.UNITS),
  /** ISO 3166-1 alpha-2 country codes. */
  COUNTRY(Set.of(Locale.getISOCountries()));

  private final Set<String> codes;

  CodeList(Set<String> codes) {
    this.codes = codes;
  }

  public boolean contains(String code) {
    return codes.contains(code);
  }

  /** The codes in alphabetical order (the OpenAPI lists them as the field's allowed values). */
  public List<String> codes() {
    return codes.stream().sorted().toList();
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }
}
