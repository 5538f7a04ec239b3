package kz.cites.permit.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kz.cites.events.CheckResult;
import kz.cites.events.FeeRejected;
import kz.cites.events.LocalizedText;
import kz.cites.events.RefusalFinding;
import kz.cites.events.RefusalGround;
import kz.cites.permit.review.domain.Decision;
import kz.cites.permit.review.domain.Explained;
import kz.cites.permit.review.domain.GroundFound;
import kz.cites.web.Texts;
import org.junit.jupiter.api.Test;

/**
 * The explanations the rules give are written in Kazakh, Russian and English at once, a sentence
 * per ground, quoting each check's own words in the same language; the English one is also the
 * explanation's one text (the events' {@code reason} of before).
 */
class ExplanationsTest {

  private final Explanations explanations = new Explanations(new Texts(Texts.bundles(), true));

  @Test
  void eachGroundFoundIsASentenceInEveryLanguageQuotingTheCheck() {
    GroundFound court =
        new GroundFound(
            new RefusalFinding(
                RefusalGround.COURT_BAN, CheckResult.Check.COURT_RECORDS, "ACTIVITY_BANNED"),
            new LocalizedText(
                "№ 1/2 іс бойынша сот шешімі бар.",
                "имеется решение суда по делу № 1/2.",
                "a court ruling in case No. 1/2 bans the activity."));

    Explained explained =
        explanations.of(new Decision.Refuse(List.of(GroundFound.noConsent(), court)));

    LocalizedText text = explained.inEveryLanguage();
    assertThat(text.kk())
        .startsWith("5-негіз: сіз ")
        .contains(
            "\n3-негіз: сот актілері туралы мәліметтер бойынша тексеру кезінде анықталды: № 1/2"
                + " іс бойынша сот шешімі бар.");
    assertThat(text.ru())
        .startsWith("Основание 5: вы не дали согласия")
        .contains(
            "\nОснование 3: при проверке по сведениям о судебных актах установлено: имеется"
                + " решение суда по делу № 1/2.");
    assertThat(text.en())
        .startsWith("Ground 5: you did not consent")
        .contains(
            "\nGround 3: the check of court records found that a court ruling in case No. 1/2"
                + " bans the activity.");
    assertThat(explained.text()).isEqualTo(text.en());
    assertThat(explained.findings())
        .extracting(RefusalFinding::finding)
        .containsExactly("NO_PERSONAL_DATA_CONSENT", "ACTIVITY_BANNED");
  }

  @Test
  void aCheckReportedBeforeItsWordsWereWrittenIsExplainedByItsKind() {
    GroundFound identity =
        new GroundFound(
            new RefusalFinding(RefusalGround.UNRELIABLE_DATA, CheckResult.Check.IDENTITY, null),
            null);

    LocalizedText text = explanations.of(new Decision.Refuse(List.of(identity))).inEveryLanguage();

    assertThat(text.kk())
        .isEqualTo("1-негіз: «Жеке тұлғалар» мемлекеттік дерекқоры бойынша тексеруден өтпеді.");
    assertThat(text.ru())
        .isEqualTo(
            "Основание 1: проверка по государственной базе данных «Физические лица» не пройдена.");
    assertThat(text.en())
        .isEqualTo("Ground 1: the check in the state database of individuals failed.");
  }

  @Test
  void aPackageNotAcceptedIsExplainedByWhatFeeServiceFound() {
    Explained explained =
        explanations.of(
            new Decision.NotAccept(
                FeeRejected.Reason.UNDERPAID, new BigDecimal("8650.00"), new BigDecimal("4000")));

    assertThat(explained.inEveryLanguage().kk())
        .contains("8650 теңге мөлшеріндегі мемлекеттік баж толық төленбеген (4000 теңге төленген)");
    assertThat(explained.inEveryLanguage().ru())
        .contains("пошлина в размере 8650 тенге оплачена не полностью (оплачено 4000 тенге)");
    assertThat(explained.text())
        .startsWith("The application is not accepted for consideration")
        .contains("8650 tenge was not paid in full (paid 4000 tenge)")
        .doesNotContain("Ground");
    assertThat(explanations.of(new Decision.NotAccept(null, null, null)).text())
        .contains("was not paid as required");
  }
}
