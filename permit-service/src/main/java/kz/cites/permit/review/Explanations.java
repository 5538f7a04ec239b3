package kz.cites.permit.review;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.cites.events.LocalizedText;
import kz.cites.events.RefusalFinding;
import kz.cites.events.RefusalGround;
import kz.cites.permit.quotas.domain.ExportQuota;
import kz.cites.permit.quotas.domain.QuotaDraw;
import kz.cites.permit.review.domain.Decision;
import kz.cites.permit.review.domain.Explained;
import kz.cites.permit.review.domain.GroundFound;
import kz.cites.web.Language;
import kz.cites.web.Text;
import kz.cites.web.Texts;
import org.springframework.stereotype.Component;

/**
 * Writes the explanations of what the rules decide, in Kazakh, Russian and English at once, from
 * the codes of what they found ({@link kz.cites.permit.review.domain.DecisionPolicy}): one sentence
 * per ground, in the bundles' words ({@code explanation.*}), quoting the check's own words for what
 * it found as verification-service wrote them in each language. Written once, at the decision, and
 * kept and sent so: the notice of the preliminary refusal, the refusal's events and the signed
 * refusal all say the same.
 */
@Component
class Explanations {

  private final Texts texts;

  Explanations(Texts texts) {
    this.texts = texts;
  }

  /** Why the rules refuse: a sentence per ground found, one line each. */
  Explained of(Decision.Refuse refuse) {
    List<GroundFound> found = refuse.found();
    LocalizedText text =
        inEveryLanguage(
            language ->
                found.stream().map(f -> sentence(f, language)).collect(Collectors.joining("\n")));
    return Explained.written(text, found.stream().map(GroundFound::finding).toList());
  }

  /** Why the application is not accepted for consideration: what fee-service found of the duty. */
  Explained of(Decision.NotAccept notAccept) {
    String key =
        "explanation.not-accepted." + (notAccept.duty() == null ? "NOT_PAID" : notAccept.duty());
    LocalizedText text =
        inEveryLanguage(
            language ->
                texts.textFor(language, key, tenge(notAccept.amount()), tenge(notAccept.paid())));
    return Explained.written(text, List.of());
  }

  /**
   * Why an export is not issued: a quota of its year cannot take it (ground 2, the materials do not
   * meet the rules). Names the quota, what it is, what was taken and what is asked.
   */
  Explained of(QuotaDraw.Exceeded exceeded) {
    ExportQuota quota = exceeded.quota();
    RefusalGround ground = RefusalGround.NON_COMPLIANCE;
    // {0} the ground, {1}..{4} the quota's year, taxon, source and term, then the reason's own
    Object[] quotaNamed = {
      ground.number(),
      String.valueOf(quota.year()),
      quota.taxon(),
      quota.sourceCode(),
      quota.termCode()
    };
    Object[] particulars =
        switch (exceeded.reason()) {
          case EXHAUSTED ->
              new Object[] {
                plain(quota.quantity()),
                unit(quota.unitCode()),
                plain(quota.consumed()),
                plain(quota.remaining()),
                plain(exceeded.requested())
              };
          case OTHER_UNIT -> new Object[] {unit(quota.unitCode()), unit(exceeded.otherUnit())};
        };
    Object[] args = Stream.concat(Arrays.stream(quotaNamed), Arrays.stream(particulars)).toArray();
    String key = "explanation.quota." + exceeded.reason();
    LocalizedText text = inEveryLanguage(language -> texts.textFor(language, key, args));
    return Explained.written(
        text, List.of(new RefusalFinding(ground, null, QUOTA_FINDING + exceeded.reason())));
  }

  /** The finding code of a quota that stops an export: {@code EXPORT_QUOTA_EXHAUSTED}, ... */
  static final String QUOTA_FINDING = "EXPORT_QUOTA_";

  private static Object unit(String unitCode) {
    return unitCode == null ? Text.of("quota.specimens") : unitCode;
  }

  private static String plain(BigDecimal quantity) {
    return quantity.stripTrailingZeros().toPlainString();
  }

  private String sentence(GroundFound found, Language language) {
    RefusalFinding finding = found.finding();
    int number = finding.ground().number();
    if (finding.check() == null) {
      // ground 5: no consent
      return texts.textFor(language, "explanation.NO_PERSONAL_DATA_CONSENT", number);
    }
    Text check = Text.of("explanation.check." + finding.check().name());
    if (found.checkText() == null) {
      // a check reported before verification-service wrote what it found
      return texts.textFor(language, "explanation.check-failed", number, check);
    }
    return texts.textFor(
        language, "explanation.check-found", number, check, found.checkText().in(language.tag()));
  }

  private static LocalizedText inEveryLanguage(Function<Language, String> text) {
    return new LocalizedText(
        text.apply(Language.KK), text.apply(Language.RU), text.apply(Language.EN));
  }

  /** 8650.00 as 8650: amounts come back from the database with their scale. */
  private static String tenge(BigDecimal amount) {
    return amount == null ? null : amount.stripTrailingZeros().toPlainString();
  }
}
