package kz.cites.permit.review.domain;

import java.util.List;
import kz.cites.events.LocalizedText;
import kz.cites.events.RefusalFinding;

/**
 * Why a refusal (or a preliminary one): an officer's own words ({@code text}, one language, shown
 * as written in every language), or an automatic explanation written by the service in every
 * language ({@code inEveryLanguage}) from the codes of what the rules found ({@code findings}),
 * whose {@code text} is then the English one (the events' and the signed document's {@code reason}
 * of before).
 */
public record Explained(String text, LocalizedText inEveryLanguage, List<RefusalFinding> findings) {

  public Explained {
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** An officer's explanation, in the officer's words. */
  public static Explained byOfficer(String text) {
    return new Explained(text, null, List.of());
  }

  /** An explanation the service wrote in every language, from what it found. */
  public static Explained written(LocalizedText text, List<RefusalFinding> findings) {
    return new Explained(text.en(), text, findings);
  }

  /** The explanation in {@code language}: the written one, else the officer's words. */
  public String in(String language) {
    return inEveryLanguage == null ? text : inEveryLanguage.in(language);
  }
}
