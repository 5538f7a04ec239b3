package kz.cites.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import kz.cites.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;

/** platform/web's texts exist in Kazakh, Russian and English, the shared problem types' too. */
class BundleTest {

  @Test
  void everyTextIsInTheThreeLanguages() {
    assertThat(MessageBundles.findings(Texts.PLATFORM_BUNDLE)).isEmpty();
  }

  @Test
  void everySharedProblemTypeHasATitleAndADetail() throws IllegalAccessException {
    List<String> slugs = new ArrayList<>(List.of("too-large"));
    for (Field field : Problems.class.getFields()) {
      if (field.getType() == URI.class) {
        slugs.add(field.get(null).toString().substring(Problems.BASE.length()));
      }
    }
    List<String> keys =
        slugs.stream()
            .flatMap(
                slug -> List.of(ProblemType.titleKey(slug), ProblemType.detailKey(slug)).stream())
            .toList();

    assertThat(keys)
        .contains("problem.malformed-body.title", "problem.unsupported-media-type.detail");
    assertThat(MessageBundles.missingKeys(List.of(Texts.PLATFORM_BUNDLE), keys)).isEmpty();
  }
}
