package kz.cites.permit.quotas.domain;

import java.util.regex.Pattern;

/**
 * How a quota names its taxon: as the CITES checklist writes a species or subspecies, genus
 * capitalised, epithets in lower case ({@code Falco cherrug}, {@code Ovis ammon collium}), so it
 * matches the scientific name application-service took from the checklist into the application.
 */
public final class Taxa {

  private static final Pattern CHECKLIST_NAME = Pattern.compile("[A-Z][a-z]+( [a-z][a-z-]*){1,2}");

  private Taxa() {}

  /** The name with surrounding and repeated spaces removed (null stays null). */
  public static String normalised(String name) {
    return name == null ? null : name.strip().replaceAll("\\s+", " ");
  }

  /** Whether {@code name} (normalised) is written as the checklist writes a species. */
  public static boolean isChecklistName(String name) {
    return name != null && CHECKLIST_NAME.matcher(name).matches();
  }
}
