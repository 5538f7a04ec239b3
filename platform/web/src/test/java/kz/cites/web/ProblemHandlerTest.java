package kz.cites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Spring MVC refuses before a controller runs still answers a problem with a stable type, so
 * that a client can switch on every error it gets.
 */
class ProblemHandlerTest {

  @RestController
  static class Things {
    @GetMapping(path = "/things", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> list() {
      return Map.of("thing", "one");
    }

    @PostMapping(path = "/things", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> add(@RequestBody Map<String, String> thing) {
      return thing;
    }
  }

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new Things())
          .setControllerAdvice(new ProblemHandler(Languages.texts()), new ContentLanguageAdvice())
          .build();

  @Test
  void anotherMethodIsMethodNotAllowed() throws Exception {
    MockHttpServletResponse response = perform(delete("/things"));

    assertThat(response.getStatus()).isEqualTo(405);
    assertThat(response.getContentAsString()).contains("\"type\":\"" + Problems.METHOD_NOT_ALLOWED);
    assertThat(response.getHeader("Allow")).contains("GET");
  }

  @Test
  void aBodyOfAnotherMediaTypeIsUnsupported() throws Exception {
    MockHttpServletResponse response =
        perform(post("/things").contentType(MediaType.TEXT_PLAIN).content("thing=one"));

    assertThat(response.getStatus()).isEqualTo(415);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"type\":\"" + Problems.UNSUPPORTED_MEDIA_TYPE)
        .contains("\"title\":\"Неподдерживаемый тип содержимого\"");
  }

  @Test
  void anAcceptNothingProducesIsNotAcceptable() throws Exception {
    MockHttpServletResponse response =
        perform(
            get("/things")
                .accept(MediaType.parseMediaType("text/csv"), MediaType.APPLICATION_PROBLEM_JSON));

    assertThat(response.getStatus()).isEqualTo(406);
    assertThat(response.getContentAsString()).contains("\"type\":\"" + Problems.NOT_ACCEPTABLE);
  }

  @Test
  void aTypedProblemKeepsItsType() throws Exception {
    MockHttpServletResponse response =
        perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{not json"));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("\"type\":\"" + Problems.MALFORMED_BODY);
  }

  private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }
}
