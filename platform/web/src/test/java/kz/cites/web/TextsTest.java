package kz.cites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Texts are written in the language asked for, with arguments as that language writes them. */
class TextsTest {

  private final Texts texts = Languages.texts();

  @Test
  void aDateIsWrittenTheWayTheLanguageWritesIt() {
    LocalDate day = LocalDate.of(2026, 3, 31);

    assertThat(texts.text(Language.KK, "problem.parcel-lost.detail.numbered", "P-7", day))
        .isEqualTo("P-7 сәлемдемесі жоғалды, күні: 31.03.2026.");
    assertThat(texts.text(Language.RU, "problem.parcel-lost.detail.numbered", "P-7", day))
        .isEqualTo("Посылка P-7 потеряна 31.03.2026.");
    assertThat(texts.text(Language.EN, "problem.parcel-lost.detail.numbered", "P-7", day))
        .isEqualTo("Parcel P-7 was lost on 2026-03-31.");
  }

  @Test
  void aLocalTimeIsWrittenToTheMinute() {
    assertThat(Texts.shown(Language.KK, LocalDateTime.of(2026, 3, 27, 18, 0)))
        .isEqualTo("27.03.2026 18:00");
    assertThat(Texts.shown(Language.RU, LocalDateTime.of(2026, 3, 27, 18, 0)))
        .isEqualTo("27.03.2026 18:00");
    assertThat(Texts.shown(Language.EN, LocalDateTime.of(2026, 3, 27, 18, 0)))
        .isEqualTo("2026-03-27 18:00");
  }

  @Test
  void numbersAreNotGroupedAndAMissingValueIsADash() {
    assertThat(texts.text(Language.RU, "problem.validation.detail.fields", 12345))
        .contains("ошибок: 12345)");
    assertThat(texts.text(Language.EN, "constraint.Parcel.weight", new BigDecimal("1E+3")))
        .isEqualTo("a parcel must weigh at most 1000 kg");
    assertThat(texts.text(Language.EN, "constraint.Parcel.weight", (Object) null))
        .isEqualTo("a parcel must weigh at most — kg");
  }

  @Test
  void aTextArgumentIsWrittenInTheSameLanguage() {
    Text weight = Text.of("constraint.Parcel.weight", 30);

    assertThat(texts.text(Language.KK, "problem.validation.detail.field", "weight", weight))
        .isEqualTo("weight өрісі: сәлемдеменің салмағы 30 кг-нан аспауы керек");
    assertThat(texts.text(Language.EN, "problem.validation.detail.field", "weight", weight))
        .isEqualTo("weight a parcel must weigh at most 30 kg");
  }

  @Test
  void aTextKeptForLaterIsWrittenWithoutSettingTheAnswersLanguage() {
    var request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", "kk");
    var attributes = new ServletRequestAttributes(request);
    RequestContextHolder.setRequestAttributes(attributes);
    try {
      Text weight = Text.of("constraint.Parcel.weight", 30);

      assertThat(texts.textFor(Language.EN, "problem.validation.detail.field", "weight", weight))
          .isEqualTo("weight a parcel must weigh at most 30 kg");
      assertThat(Texts.answeredIn(attributes)).isNull();
      assertThat(texts.text("problem.not-found.title")).isEqualTo("Табылмады");
      assertThat(Texts.answeredIn(attributes)).isEqualTo(Language.KK);
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }

  @Test
  void theServicesBundleComesFirstThenPlatformWebs() {
    assertThat(texts.text(Language.KK, "problem.parcel-lost.title")).isEqualTo("Сәлемдеме жоғалды");
    assertThat(texts.text(Language.KK, "problem.not-found.title")).isEqualTo("Табылмады");
  }

  @Test
  void outsideARequestTheLanguageIsRussian() {
    assertThat(texts.language()).isEqualTo(Language.RU);
    assertThat(texts.text("problem.not-found.title")).isEqualTo("Не найдено");
  }

  @Test
  void aMissingKeyFailsWhenStrictAndShowsTheKeyOtherwise() {
    assertThatThrownBy(() -> texts.text(Language.EN, "no.such.key"))
        .isInstanceOf(NoSuchMessageException.class);
    assertThat(new Texts(Languages.messageSource(), false).text(Language.EN, "no.such.key"))
        .isEqualTo("no.such.key");
  }
}
