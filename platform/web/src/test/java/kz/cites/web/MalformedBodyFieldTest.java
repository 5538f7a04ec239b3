package kz.cites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A body that cannot be read names the JSON path where reading failed. */
class MalformedBodyFieldTest {

  record Line(int quantity) {}

  record Draft(List<Line> specimens) {}

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void theFieldIsTheJsonPathOfTheValueThatCouldNotBeRead() {
    Throwable e =
        catchThrowable(
            () -> json.readValue("{\"specimens\": [{\"quantity\": \"many\"}]}", Draft.class));

    assertThat(ProblemHandler.jsonPath(new RuntimeException("wrapped", e)))
        .contains("specimens[0].quantity");
  }

  @Test
  void aDocumentThatBreaksOffNamesWhereItBrokeAndAnythingElseNothing() {
    Throwable e = catchThrowable(() -> json.readValue("{\"specimens\": [", Draft.class));

    assertThat(ProblemHandler.jsonPath(e)).contains("specimens");
    assertThat(ProblemHandler.jsonPath(new IllegalStateException("not JSON at all"))).isEmpty();
  }
}
