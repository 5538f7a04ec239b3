package kz.cites.permit.review.persistence;

import java.util.Map;
import kz.cites.events.LocalizedText;
import kz.cites.events.RefusalGround;
import kz.cites.permit.review.domain.RefusalLaw;
import org.springframework.stereotype.Component;

/**
 * What refusals quote of the law, shipped with the release ({@code legal/refusal-grounds.json}):
 * the title of the rules, the wording of each of the five grounds (the Kazakh one is the order's
 * own) and where the rules state it, in Kazakh, Russian and English. Read once at start-up; a
 * ground or a language missing stops the service.
 */
@Component
class BundledRefusalLaw implements RefusalLaw {

  static final String LOCATION = "/legal/refusal-grounds.json";

  /** {@code reference}'s placeholder for the ground's number (subitem of item 9). */
  private static final String NUMBER = "{number}";

  private record File(
      String source,
      String readAsOf,
      String note,
      LocalizedText rules,
      LocalizedText reference,
      Map<RefusalGround, LocalizedText> grounds) {}

  private final File file;

  BundledRefusalLaw() {
    this.file = LegalData.read(LOCATION, File.class);
    LegalData.requireComplete(LOCATION, "rules", file.rules());
    LegalData.requireComplete(LOCATION, "reference", file.reference());
    if (!file.reference().byLanguage().values().stream().allMatch(r -> r.contains(NUMBER))) {
      throw new IllegalStateException(LOCATION + ": reference must name " + NUMBER);
    }
    for (RefusalGround ground : RefusalGround.values()) {
      LegalData.requireComplete(
          LOCATION,
          "grounds." + ground,
          file.grounds() == null ? null : file.grounds().get(ground));
    }
  }

  @Override
  public String rules(String language) {
    return file.rules().in(language);
  }

  @Override
  public String wording(RefusalGround ground, String language) {
    return file.grounds().get(ground).in(language);
  }

  @Override
  public String reference(RefusalGround ground, String language) {
    return file.reference().in(language).replace(NUMBER, String.valueOf(ground.number()));
  }
}
