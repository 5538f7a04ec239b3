package kz.cites.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accept-Language chooses Kazakh, Russian or English; anything else is answered in Russian. */
class LanguageTest {

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "NONE                   | RU",
        "''                     | RU",
        "kk                     | KK",
        "kk-KZ                  | KK",
        "KK-kz                  | KK",
        "ru                     | RU",
        "ru-RU                  | RU",
        "en                     | EN",
        "en-GB                  | EN",
        "fr                     | RU",
        "fr-FR, de;q=0.9        | RU",
        "fr, en;q=0.5           | EN",
        "en;q=0.4, kk;q=0.8     | KK",
        "en;q=0, kk             | KK",
        "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7 | RU",
        "*                      | RU",
        "no language;;==        | RU"
      })
  void theHeaderChoosesTheLanguage(String header, Language expected) {
    assertThat(Language.fromAcceptLanguage(header)).isEqualTo(expected);
  }
}
