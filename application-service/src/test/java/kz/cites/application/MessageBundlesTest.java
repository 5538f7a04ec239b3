package kz.cites.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kz.cites.application.cabinet.domain.NotificationKind;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.HistoryArguments;
import kz.cites.application.intake.domain.HistoryNote;
import kz.cites.application.intake.domain.RequiredDocuments;
import kz.cites.application.web.ApiProblem;
import kz.cites.events.CheckResult;
import kz.cites.events.FeeRejected;
import kz.cites.events.RefusalGround;
import kz.cites.testsupport.MessageBundles;
import kz.cites.web.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * Every text of the service is in Kazakh, Russian and English: the bundle's own keys, every problem
 * type's title, and every code a text names in words (a status, a requirement, a notification kind,
 * a refusal ground, the duty's reason).
 */
class MessageBundlesTest {

  @Test
  void everyTextIsInTheThreeLanguages() {
    assertThat(MessageBundles.findings("messages")).isEmpty();
  }

  @Test
  void everyProblemTypeHasItsTitleInTheThreeLanguages() {
    assertThat(
            MessageBundles.titleFindings(
                MessageBundles.SERVICE_BUNDLES,
                Arrays.stream(ApiProblem.values()),
                ProblemType::titleKey,
                ProblemType::title))
        .isEmpty();
  }

  @Test
  void everyCodeATextNamesHasItsWords() {
    List<String> keys = new ArrayList<>();
    Arrays.stream(ApplicationStatus.values()).forEach(s -> keys.add("application-status." + s));
    Arrays.stream(NotificationKind.values()).forEach(k -> keys.add(k.textKey()));
    keys.add(NotificationKind.WITHDRAWAL_CONFIRMED.textKey() + ".draft");
    Arrays.stream(RefusalGround.values()).forEach(g -> keys.add("refusal-ground." + g));
    Stream.concat(Arrays.stream(FeeRejected.Reason.values()).map(Enum::name), Stream.of("NOT_PAID"))
        .forEach(reason -> keys.add("duty." + reason));
    RequiredDocuments.itemCodes().forEach(item -> keys.add("requirement." + item));
    Arrays.stream(HistoryNote.values()).forEach(n -> keys.addAll(n.textKeys()));
    Arrays.stream(CheckResult.Check.values()).forEach(c -> keys.add("check." + c));

    assertThat(keys).hasSizeGreaterThan(25);
    assertThat(MessageBundles.missingKeys(MessageBundles.SERVICE_BUNDLES, keys)).isEmpty();
  }

  @Test
  void aHistoryNotesTextTakesTheArgumentsItsKindNames() {
    for (HistoryNote note : HistoryNote.values()) {
      for (String key : note.textKeys()) {
        // the variant's text takes every argument, the plain one all but the variant's
        HistoryArguments values =
            key.equals(note.textKeys().getFirst())
                ? HistoryArguments.none()
                : HistoryArguments.none().with(key.substring(key.lastIndexOf('.') + 1), "x");
        int arguments = note.arguments(values).size();
        for (String language : MessageBundles.LANGUAGES) {
          String text =
              MessageBundles.text(MessageBundles.SERVICE_BUNDLES, language, key).orElseThrow();
          for (int i = 0; i < arguments; i++) {
            assertThat(text).as(language + " " + key).contains("{" + i + "}");
          }
          assertThat(text).as(language + " " + key).doesNotContain("{" + arguments);
        }
      }
    }
  }

  @Test
  void aNotificationKindsTextTakesTheArgumentsTheKindNames() {
    for (NotificationKind kind : NotificationKind.values()) {
      for (String language : MessageBundles.LANGUAGES) {
        String text =
            MessageBundles.text(MessageBundles.SERVICE_BUNDLES, language, kind.textKey())
                .orElseThrow();
        for (int i = 0; i < kind.arguments().size(); i++) {
          assertThat(text).as(language + " " + kind).contains("{" + i + "}");
        }
        assertThat(text).as(language + " " + kind).doesNotContain("{" + kind.arguments().size());
      }
    }
  }
}
