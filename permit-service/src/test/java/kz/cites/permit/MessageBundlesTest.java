package kz.cites.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import kz.cites.permit.web.ApiProblem;
import kz.cites.testsupport.MessageBundles;
import kz.cites.web.ProblemType;
import org.junit.jupiter.api.Test;

/** Every text of the service is in Kazakh, Russian and English; every problem type's title too. */
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
}
