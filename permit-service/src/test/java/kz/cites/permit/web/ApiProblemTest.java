package kz.cites.permit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.cites.permit.web.ApiProblem.BrokenRule;
import kz.cites.web.ProblemHandler.FieldProblem;
import kz.cites.web.Problems;
import kz.cites.web.Texts;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ApiProblemTest {

  @Test
  void everyTypeIsUnderTheBaseWithOneStatusAndSaysWhen() {
    Map<URI, HttpStatus> statusOf = new HashMap<>();
    for (ApiProblem problem : ApiProblem.values()) {
      assertThat(problem.type().toString()).startsWith(Problems.BASE);
      assertThat(problem.when()).as(problem.name()).isNotBlank();
      assertThat(statusOf.putIfAbsent(problem.type(), problem.status()))
          .as(problem.name())
          .isNull();
    }
  }

  @Test
  void invalidFieldsListEveryRuleAndNameTheFirstField() {
    List<BrokenRule> errors =
        List.of(
            BrokenRule.of("grounds", "NotEmpty", "field.grounds.refusal-needs"),
            BrokenRule.of("reason", "NotBlank", "field.reason.refusal-needs"));

    // outside a request: Russian, the default language
    ProblemDetail problem =
        ApiProblem.invalidFields(errors).toProblemDetail(new Texts(Texts.bundles(), true));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getType()).isEqualTo(Problems.VALIDATION);
    assertThat(problem.getTitle()).isEqualTo("Неверные данные запроса");
    assertThat(problem.getDetail()).startsWith("Некоторые поля заполнены неверно (ошибок: 2)");
    assertThat(problem.getProperties())
        .containsEntry("field", "grounds")
        .containsEntry(
            "errors",
            List.of(
                new FieldProblem("grounds", "NotEmpty", "для отказа нужно хотя бы одно основание"),
                new FieldProblem("reason", "NotBlank", "для отказа нужна мотивировка")));
  }
}
