package kz.cites.application.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.cites.application.intake.domain.IntakeRuleViolation.FieldRule;
import kz.cites.application.intake.domain.IntakeRuleViolation.Rule;

/**
 * The rules of the content that bean validation cannot see: those that need today's date (in
 * Kazakhstan time) or the appendix from the checklist.
 */
public final class ContentRules {

  private ContentRules() {}

  public static void check(ApplicationContent content, LocalDate today) {
    List<FieldRule> broken = new ArrayList<>();
    if (content.transport() != null
        && content.transport().plannedDate() != null
        && content.transport().plannedDate().isBefore(today)) {
      broken.add(
          new FieldRule(
              "transport.plannedDate",
              "FutureOrPresent",
              "must be today or later (" + today + ")"));
    }
    for (int i = 0; i < content.specimens().size(); i++) {
      var origin = content.specimens().get(i).originPermit();
      if (origin != null && origin.issuedOn() != null && origin.issuedOn().isAfter(today)) {
        broken.add(
            new FieldRule(
                "specimens[" + i + "].originPermit.issuedOn",
                "PastOrPresent",
                "a permit cannot be issued in the future"));
      }
    }
    if (!broken.isEmpty()) {
      throw new IntakeRuleViolation(
          Rule.INVALID_CONTENT,
          broken.getFirst().field(),
          broken.size() + " field(s) break the rules of the contract.",
          broken);
    }
    if ("IMPORT".equals(content.permitType()) && "T".equals(content.purposeCode())) {
      for (int i = 0; i < content.specimens().size(); i++) {
        if ("I".equals(content.specimens().get(i).appendix())) {
          throw new IntakeRuleViolation(
              Rule.APPENDIX_I_COMMERCIAL_IMPORT,
              "purposeCode",
              "An Appendix I specimen ("
                  + content.specimens().get(i).scientificName()
                  + ", specimens["
                  + i
                  + "]) cannot be imported for primarily commercial purposes (T); CITES Art. III",
              List.of("specimens[" + i + "].scientificName"));
        }
      }
    }
  }
}
