package kz.cites.permit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.cites.web.ProblemHandler.FieldProblem;
import kz.cites.web.Problems;
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
    List<FieldProblem> errors =
        List.of(
            new FieldProblem("grounds", "NotEmpty", "a refusal needs at least one ground"),
            new FieldProblem("reason", "NotBlank", "a refusal needs a reason"));

    ProblemDetail problem = ApiProblem.invalidFields(errors).toProblemDetail();

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getType()).isEqualTo(Problems.VALIDATION);
    assertThat(problem.getTitle()).isEqualTo("Invalid request");
    assertThat(problem.getDetail()).isEqualTo("2 field(s) break the rules of the contract.");
    assertThat(problem.getProperties())
        .containsEntry("field", "grounds")
        .containsEntry("errors", errors);
  }
}
