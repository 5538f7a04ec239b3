package kz.cites.permit.permits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The box table is the CITES standard form's (Res. Conf. 12.3 (Rev. CoP19), Annex 2): every box, in
 * its order, each labelled in Kazakh, Russian and English.
 */
class PermitBoxTest {

  @Test
  void everyBoxOfTheStandardFormInItsOrder() {
    assertThat(Arrays.stream(PermitBox.values()).map(PermitBox::number))
        .containsExactly(
            "1", "2", "3", "4", "5", "5a", "5b", "6", "7/8", "9", "10", "11", "11a", "12", "12a",
            "12b", "13", "14", "15");
  }

  @Test
  void eachBoxIsLabelledInKazakhRussianAndEnglish() {
    for (PermitBox box : PermitBox.values()) {
      assertThat(box.kk())
          .as("Kazakh of %s", box)
          .matches("[^A-Za-z]+")
          .containsPattern("\\p{IsCyrillic}");
      assertThat(box.ru())
          .as("Russian of %s", box)
          .matches("[^A-Za-z]+")
          .containsPattern("\\p{IsCyrillic}");
      assertThat(box.en()).as("English of %s", box).matches("[\\p{IsLatin}0-9 ./,:;()-]+");
      assertThat(box.kk()).as("Kazakh of %s is no copy of the Russian", box).isNotEqualTo(box.ru());
      assertThat(box.lines()).hasSize(3).first().asString().startsWith(box.number() + ". ");
    }
  }

  @Test
  void theRussianLabelsAreThoseOfTheCisStatesPermits() {
    assertThat(PermitBox.VALID_UNTIL.ru()).isEqualTo("Действительно до");
    assertThat(PermitBox.IMPORTER.ru()).startsWith("Импортёр");
    assertThat(PermitBox.EXPORTER.ru()).startsWith("Экспортёр/реэкспортёр");
    assertThat(PermitBox.SPECIAL_CONDITIONS.ru()).isEqualTo("Особые условия");
    assertThat(PermitBox.PURPOSE.ru()).isEqualTo("Цель сделки");
    assertThat(PermitBox.SECURITY_STAMP.ru()).isEqualTo("Номер марки безопасности");
    assertThat(PermitBox.SPECIES.ru())
        .isEqualTo("Научное название (род и вид) и обиходное название животного");
    assertThat(PermitBox.DESCRIPTION.ru())
        .isEqualTo("Описание образцов, включая маркировку или номера (возраст/пол, если живые)");
    assertThat(PermitBox.APPENDIX_AND_SOURCE.ru()).isEqualTo("Приложение № и источник");
    assertThat(PermitBox.QUANTITY.ru()).isEqualTo("Количество (включая единицы измерения)");
    assertThat(PermitBox.COUNTRY_OF_ORIGIN.ru()).startsWith("Страна происхождения");
    assertThat(PermitBox.COUNTRY_OF_LAST_RE_EXPORT.ru()).startsWith("Страна последнего реэкспорта");
    assertThat(PermitBox.OPERATION.ru()).startsWith("Номер операции");
    assertThat(PermitBox.WAYBILL.ru()).startsWith("Коносамент/авианакладная");
  }
}
