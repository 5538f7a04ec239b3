package kz.cites.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client switching on a problem's type reads one title for it, whoever answered: the gateway's
 * own problems carry the titles platform/web gives the services' problems of the same type, in
 * every language (the gateway cannot use platform/web, a servlet library, so it keeps a bundle of
 * its own: this keeps the two from drifting).
 */
class ProblemTitlesTest {

  @ParameterizedTest(name = "messages{0}.properties")
  @ValueSource(strings = {"", "_kk", "_en"})
  void theGatewaysTitlesAreTheServicesTitles(String language) throws IOException {
    Map<String, String> gateway =
        titles(Path.of("src/main/resources/messages" + language + ".properties"));
    Map<String, String> services =
        titles(
            Path.of(
                "../platform/web/src/main/resources/kz/cites/web/messages"
                    + language
                    + ".properties"));
    Map<String, String> shared = new TreeMap<>(services);
    shared.keySet().retainAll(gateway.keySet());
    assertThat(shared).as("types both answer").containsKeys("problem.not-found.title");
    shared.forEach((key, title) -> assertThat(gateway.get(key)).as(key).isEqualTo(title));
  }

  private static Map<String, String> titles(Path bundle) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    Map<String, String> titles = new TreeMap<>();
    properties.forEach(
        (key, value) -> {
          if (key.toString().startsWith("problem.") && key.toString().endsWith(".title")) {
            titles.put(key.toString(), value.toString());
          }
        });
    return titles;
  }
}
