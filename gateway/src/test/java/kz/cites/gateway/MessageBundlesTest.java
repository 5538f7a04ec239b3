package kz.cites.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import kz.cites.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;

/** The words of the gateway's own problems are in Kazakh, Russian and English. */
class MessageBundlesTest {

  @Test
  void everyTextIsInTheThreeLanguages() {
    assertThat(MessageBundles.findings("messages")).isEmpty();
  }
}
