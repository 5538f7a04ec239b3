package kz.cites.fee.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.cites.web.ProblemHandler.FieldProblem;
import kz.cites.web.Problems;
import kz.cites.web.Texts;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ApiProblemTest {

  private final Texts texts = new Texts(Texts.bundles(), true);

  @Test
  void everyTypeIsUnderTheBaseWithOneStatusAndSaysWhen() {
    Map<URI, HttpStatus> statusOf = new HashMap<>();
    for (ApiProblem problem : ApiProblem.values()) {
      assertThat(problem.type().toString()).startsWith(Problems.BASE);
      assertThat(problem.when()).as(problem.name()).isNotBlank();
      HttpStatus known = statusOf.putIfAbsent(problem.type(), problem.status());
      assertThat(known).as(problem.name()).isIn(null, problem.status());
    }
  }

  @Test
  void anInvalidFieldNamesTheFieldAndItsRule() {
    // outside a request: Russian, the default language
    ProblemDetail problem =
        ApiProblem.invalidField("to", "Invalid", "field.to.too-far", 366).toProblemDetail(texts);

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getType()).isEqualTo(Problems.VALIDATION);
    assertThat(problem.getTitle()).isEqualTo("Неверные данные запроса");
    assertThat(problem.getDetail())
        .isEqualTo("Поле to: должна быть не позднее чем через 366 дней после даты from");
    assertThat(problem.getProperties())
        .containsEntry("field", "to")
        .containsEntry(
            "errors",
            List.of(
                new FieldProblem(
                    "to", "Invalid", "должна быть не позднее чем через 366 дней после даты from")));
  }
}
