package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

/**
 * The same invalid draft answered in the language the caller asks for: the same problem type, rules
 * and field paths, the title and each field's message (bean validation's, with the values of our
 * own constraints filled in) in Kazakh, Russian or English; Russian when the caller asks for none
 * or for a language we do not write.
 */
class LanguagesApiTest extends IntakeApiTest {

  @ParameterizedTest(name = "Accept-Language ''{0}''")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "kk    | kk | Сұраудың деректері қате | ЖСН болуы керек: бақылау цифры дұрыс 12 цифр"
            + " | өлшем бірлігі көрсетілмесе, санынан (2 үлгі) аспауы керек: әр үлгі бір"
            + " жануардан алынады | SOURCE тізбесіндегі код емес",
        "ru    | ru | Неверные данные запроса | должен быть ИИН: 12 цифр с верной контрольной"
            + " цифрой | без единицы измерения должно быть не больше количества (2 экз.): каждый"
            + " экземпляр получен от одного животного | не является кодом из перечня SOURCE",
        "en-GB | en | Invalid request | must be an IIN: 12 digits with a correct check digit"
            + " | must be at most the quantity (2 specimens) when no unit is given: each specimen"
            + " comes from one animal | is not a known code of the list SOURCE",
        "NONE  | ru | Неверные данные запроса | должен быть ИИН: 12 цифр с верной контрольной"
            + " цифрой | без единицы измерения должно быть не больше количества (2 экз.): каждый"
            + " экземпляр получен от одного животного | не является кодом из перечня SOURCE",
        "fr    | ru | Неверные данные запроса | должен быть ИИН: 12 цифр с верной контрольной"
            + " цифрой | без единицы измерения должно быть не больше количества (2 экз.): каждый"
            + " экземпляр получен от одного животного | не является кодом из перечня SOURCE"
      })
  void anInvalidDraftIsAnsweredInTheCallersLanguage(
      String acceptLanguage,
      String language,
      String title,
      String iin,
      String animalCount,
      String sourceCode)
      throws Exception {
    Drafts.Draft invalid =
        Drafts.export()
            .with("applicant.iin", "811201401187") // wrong check digit
            .specimen(Drafts.saker().source("A").quantity(2).animals(3));
    var request =
        post("/api/v1/applications")
            .with(applicant(OWNER))
            .contentType(MediaType.APPLICATION_JSON)
            .content(invalid.json());
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }

    mvc.perform(request)
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Language", language))
        .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("Accept-Language")))
        .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
        .andExpect(jsonPath("$.title").value(title))
        .andExpect(jsonPath("$.errors[0].field").value("applicant.iin"))
        .andExpect(jsonPath("$.errors[0].rule").value("Iin"))
        .andExpect(jsonPath("$.errors[0].message").value(iin))
        .andExpect(jsonPath("$.errors[1].field").value("specimens[0].animalCount"))
        .andExpect(jsonPath("$.errors[1].rule").value("SpecimenRules"))
        .andExpect(jsonPath("$.errors[1].message").value(animalCount))
        .andExpect(jsonPath("$.errors[2].field").value("specimens[0].sourceCode"))
        .andExpect(jsonPath("$.errors[2].rule").value("CitesCode"))
        .andExpect(jsonPath("$.errors[2].message").value(sourceCode));
  }
}
