package kz.cites.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import kz.cites.testsupport.MessageBundles;
import kz.cites.verification.checks.domain.RegistryFinding;
import kz.cites.verification.web.ApiProblem;
import kz.cites.web.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * Every text of the service is in Kazakh, Russian and English; every problem type's title and every
 * registry finding's text too.
 */
class MessageBundlesTest {

  @Test
  void everyTextIsInTheThreeLanguages() {
    assertThat(MessageBundles.findings("messages")).isEmpty();
  }

  @Test
  void everyFindingOfARegistryIsWrittenInTheThreeLanguages() {
    assertThat(
            MessageBundles.missingKeys(
                MessageBundles.SERVICE_BUNDLES,
                Arrays.stream(RegistryFinding.values()).map(f -> "finding." + f.name()).toList()))
        .isEmpty();
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
}
