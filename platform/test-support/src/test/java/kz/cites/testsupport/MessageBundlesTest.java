package kz.cites.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundle check passes a translated bundle and names every flaw of a careless one. */
class MessageBundlesTest {

  @Test
  void aBundleTranslatedIntoTheThreeLanguagesHasNoFindings() {
    assertThat(MessageBundles.findings("bundles/good")).isEmpty();
  }

  @Test
  void everyFlawOfACarelessBundleIsNamed() {
    assertThat(MessageBundles.findings("bundles/bad"))
        .containsExactlyInAnyOrder(
            "bundles/bad_en.properties farewell: blank",
            "bundles/bad_kk.properties farewell: the same as the Russian text, not a translation",
            "bundles/bad_kk.properties greeting: arguments [1], other languages [0]",
            "bundles/bad_en.properties greeting: a text with arguments writes an apostrophe twice"
                + " ('')",
            "bundles/bad_kk.properties only.here: missing",
            "bundles/bad_en.properties only.here: missing",
            "bundles/bad_kk.properties: no letter of the Kazakh alphabet (ә ғ қ ң ө ұ ү һ і)");
  }

  @Test
  void aBundleWithoutOneOfItsFilesIsNamed() {
    assertThat(MessageBundles.findings("bundles/absent"))
        .containsExactly(
            "bundles/absent.properties is missing",
            "bundles/absent_kk.properties is missing",
            "bundles/absent_en.properties is missing");
  }

  @Test
  void requiredKeysAreLookedUpInEveryBundleGiven() {
    List<String> bundles = List.of("bundles/bad", "bundles/good");

    assertThat(MessageBundles.missingKeys(bundles, List.of("greeting", "only.here", "nowhere")))
        .containsExactly("ru nowhere", "kk only.here", "kk nowhere", "en only.here", "en nowhere");
    assertThat(MessageBundles.text(bundles, "kk", "greeting")).contains("Здравствуйте, {1}!");
  }

  @Test
  void aCataloguesTitlesAreInEveryLanguageAndInEnglishAsTheCatalogueSays() {
    List<String> bundles = List.of("bundles/good");

    assertThat(
            MessageBundles.titleFindings(
                bundles, java.util.Map.of("farewell", "Goodbye.", "greeting", "Hi, {0}!")))
        .containsExactly(
            "en greeting: 'Hello, {0}''s friend!', the catalogue's title is 'Hi, {0}!'");
    assertThat(MessageBundles.titleFindings(bundles, java.util.Map.of("missing", "Missing")))
        .containsExactly("ru missing", "kk missing", "en missing");
  }
}
