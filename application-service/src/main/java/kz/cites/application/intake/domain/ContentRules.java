package kz.cites.application.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.cites.application.intake.domain.IntakeRuleViolation.FieldRule;
import kz.cites.application.intake.domain.IntakeRuleViolation.Rule;
import kz.cites.events.SpecimenOrigin;

/**
 * The rules of the content that bean validation cannot see: those that need today's date (in
 * Kazakhstan time), the appendix from the checklist, or several fields together.
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
              "transport.plannedDate", "FutureOrPresent", "field.plannedDate.future", today));
    }
    for (int i = 0; i < content.specimens().size(); i++) {
      var origin = content.specimens().get(i).originPermit();
      if (origin != null && origin.issuedOn() != null && origin.issuedOn().isAfter(today)) {
        broken.add(
            new FieldRule(
                "specimens[" + i + "].originPermit.issuedOn",
                "PastOrPresent",
                "field.issuedOn.past"));
      }
      LocalDate takenOn = content.specimens().get(i).takenOn();
      if (takenOn != null && takenOn.isAfter(today)) {
        broken.add(
            new FieldRule(
                "specimens[" + i + "].takenOn", "PastOrPresent", "field.takenOn.past", today));
      }
    }
    if (!broken.isEmpty()) {
      throw new IntakeRuleViolation(
          Rule.INVALID_CONTENT, broken.getFirst().field(), broken, "fields", broken.size());
    }
    if ("EXPORT".equals(content.permitType())) {
      List<String> foreign = new ArrayList<>();
      for (int i = 0; i < content.specimens().size(); i++) {
        String origin = content.specimens().get(i).countryOfOrigin();
        if (origin != null && !SpecimenOrigin.KAZAKHSTAN.equals(origin)) {
          foreign.add("specimens[" + i + "].countryOfOrigin");
        }
      }
      if (!foreign.isEmpty()) {
        // CITES Art. V/IV: what comes from another country leaves Kazakhstan as a re-export
        throw new IntakeRuleViolation(
            Rule.RE_EXPORT_REQUIRED, "permitType", foreign, "foreign", foreign.getFirst());
      }
    }
    if ("IMPORT".equals(content.permitType()) && "T".equals(content.purposeCode())) {
      for (int i = 0; i < content.specimens().size(); i++) {
        // treated, not listed: Appendix I bred by a registered operation (D) counts as II
        if ("I".equals(content.specimens().get(i).treatedAsAppendix())) {
          throw new IntakeRuleViolation(
              Rule.APPENDIX_I_COMMERCIAL_IMPORT,
              "purposeCode",
              List.of("specimens[" + i + "].scientificName"),
              "line",
              content.specimens().get(i).scientificName(),
              "specimens[" + i + "]");
        }
      }
    }
  }
}
