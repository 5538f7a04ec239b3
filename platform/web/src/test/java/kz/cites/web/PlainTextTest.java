package kz.cites.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text no request may carry: NUL, and half of a surrogate pair wherever it stands. */
class PlainTextTest {

  @Test
  void anyTextOfCharactersIsWelcomeKazakhAndEmojiIncluded() {
    assertThat(PlainText.flaw("Әбенова Айгерім, қасқыр 🐺")).isEmpty();
    assertThat(PlainText.flaw("")).isEmpty();
    assertThat(PlainText.flaw(null)).isEmpty();
  }

  @Test
  void nulAndLoneSurrogatesAreNot() {
    assertThat(PlainText.flaw("a\u0000b")).map(PlainText.Flaw::rule).contains(PlainText.NO_NUL);
    for (String broken :
        new String[] {"\uD83D", "x\uD83D", "\uDC3Ax", "\uDC3A\uD83D", "a\uD800b"}) {
      assertThat(PlainText.flaw(broken))
          .as(broken.codePoints().mapToObj(Integer::toHexString).toList().toString())
          .map(PlainText.Flaw::rule)
          .contains(PlainText.WELL_FORMED);
    }
  }
}
