package kz.cites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem of a service's catalogue, a field error of bean validation and a problem of
 * platform/web's own come in the language Accept-Language asks for (Russian by default), with the
 * same type, rule and field paths in every language, and say which language they are in.
 */
class LocalisedProblemsTest {

  enum ParcelProblem implements ProblemType {
    PARCEL_LOST;

    @Override
    public ProblemSpec spec() {
      return new ProblemSpec(
          URI.create(Problems.BASE + "parcel-lost"), HttpStatus.GONE, "Parcel lost", "never");
    }
  }

  record Parcel(@NotNull String number, @Size(min = 2, max = 5) String label) {}

  @RestController
  static class Parcels {
    @GetMapping("/parcels/lost")
    String lost() {
      throw ParcelProblem.PARCEL_LOST
          .detail("numbered", "P-7", LocalDate.of(2026, 3, 31))
          .with("number", "P-7")
          .withError("weight", "Max", "constraint.Parcel.weight", 30);
    }

    @PostMapping(path = "/parcels", consumes = MediaType.APPLICATION_JSON_VALUE)
    Parcel send(@Valid @RequestBody Parcel parcel) {
      return parcel;
    }
  }

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new Parcels())
          .setControllerAdvice(new ProblemHandler(Languages.texts()), new ContentLanguageAdvice())
          .setLocaleResolver(new LanguageResolver())
          .setValidator(Languages.validator())
          .build();

  private final JsonMapper json = JsonMapper.builder().build();

  @ParameterizedTest(name = "Accept-Language ''{0}''")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "kk    | kk | Сәлемдеме жоғалды | P-7 сәлемдемесі жоғалды, күні: 31.03.2026. | сәлемдеменің салмағы 30 кг-нан аспауы керек",
        "kk-KZ | kk | Сәлемдеме жоғалды | P-7 сәлемдемесі жоғалды, күні: 31.03.2026. | сәлемдеменің салмағы 30 кг-нан аспауы керек",
        "ru    | ru | Посылка потеряна  | Посылка P-7 потеряна 31.03.2026.           | вес посылки должен быть не больше 30 кг",
        "en    | en | Parcel lost       | Parcel P-7 was lost on 2026-03-31.         | a parcel must weigh at most 30 kg",
        "NONE  | ru | Посылка потеряна  | Посылка P-7 потеряна 31.03.2026.           | вес посылки должен быть не больше 30 кг",
        "fr    | ru | Посылка потеряна  | Посылка P-7 потеряна 31.03.2026.           | вес посылки должен быть не больше 30 кг"
      })
  void aProblemOfTheCatalogueIsInTheCallersLanguage(
      String acceptLanguage, String language, String title, String detail, String fieldMessage)
      throws Exception {
    MockHttpServletResponse response = perform(get("/parcels/lost"), acceptLanguage);
    JsonNode problem = body(response);

    assertThat(response.getStatus()).isEqualTo(410);
    assertThat(response.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo(language);
    assertThat(response.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_LANGUAGE);
    assertThat(problem.path("type").asString()).isEqualTo("https://cites.kz/problems/parcel-lost");
    assertThat(problem.path("title").asString()).isEqualTo(title);
    assertThat(problem.path("detail").asString()).isEqualTo(detail);
    assertThat(problem.path("number").asString()).isEqualTo("P-7");
    JsonNode error = problem.path("errors").path(0);
    assertThat(error.path("field").asString()).isEqualTo("weight");
    assertThat(error.path("rule").asString()).isEqualTo("Max");
    assertThat(error.path("message").asString()).isEqualTo(fieldMessage);
  }

  @ParameterizedTest(name = "Accept-Language ''{0}''")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "kk   | kk | Сұраудың деректері қате | толтырылуы міндетті        | өлшемі 2–5 аралығында болуы керек",
        "ru   | ru | Неверные данные запроса | обязательно для заполнения | размер должен быть от 2 до 5",
        "en   | en | Invalid request         | is required                | size must be between 2 and 5",
        "NONE | ru | Неверные данные запроса | обязательно для заполнения | размер должен быть от 2 до 5",
        "fr   | ru | Неверные данные запроса | обязательно для заполнения | размер должен быть от 2 до 5"
      })
  void beanValidationsFieldMessagesAreInTheCallersLanguage(
      String acceptLanguage, String language, String title, String required, String size)
      throws Exception {
    MockHttpServletResponse response =
        perform(
            post("/parcels")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("label", "x"))),
            acceptLanguage);
    JsonNode problem = body(response);

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo(language);
    assertThat(problem.path("type").asString()).isEqualTo(Problems.VALIDATION.toString());
    assertThat(problem.path("title").asString()).isEqualTo(title);
    assertThat(problem.path("detail").asString()).contains("2");
    assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("label");
    assertThat(problem.path("errors").path(0).path("rule").asString()).isEqualTo("Size");
    assertThat(problem.path("errors").path(0).path("message").asString()).isEqualTo(size);
    assertThat(problem.path("errors").path(1).path("field").asString()).isEqualTo("number");
    assertThat(problem.path("errors").path(1).path("rule").asString()).isEqualTo("NotNull");
    assertThat(problem.path("errors").path(1).path("message").asString()).isEqualTo(required);
  }

  @ParameterizedTest(name = "Accept-Language ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "kk | Мазмұн түріне қолдау көрсетілмейді",
        "ru | Неподдерживаемый тип содержимого",
        "en | Unsupported media type"
      })
  void whatSpringRefusesBeforeAControllerIsInTheCallersLanguageToo(
      String acceptLanguage, String title) throws Exception {
    MockHttpServletResponse response =
        perform(
            post("/parcels").contentType(MediaType.TEXT_PLAIN).content("number=P-7"),
            acceptLanguage);

    assertThat(response.getStatus()).isEqualTo(415);
    assertThat(response.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo(acceptLanguage);
    assertThat(body(response).path("title").asString()).isEqualTo(title);
    assertThat(body(response).path("detail").asString()).contains("Content-Type");
  }

  private MockHttpServletResponse perform(
      MockHttpServletRequestBuilder request, String acceptLanguage) throws Exception {
    if (acceptLanguage != null) {
      request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private JsonNode body(MockHttpServletResponse response) throws Exception {
    return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
  }
}
