package kz.cites.fee.web;

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
      HttpStatus known = statusOf.putIfAbsent(problem.type(), problem.status());
      assertThat(known).as(problem.name()).isIn(null, problem.status());
    }
  }

  @Test
  void anInvalidFieldNamesTheFieldAndItsRule() {
    ProblemDetail problem =
        ApiProblem.invalidField("to", "must not be before from").toProblemDetail();

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getType()).isEqualTo(Problems.VALIDATION);
    assertThat(problem.getTitle()).isEqualTo("Invalid request");
    assertThat(problem.getDetail()).isEqualTo("to must not be before from");
    assertThat(problem.getProperties())
        .containsEntry("field", "to")
        .containsEntry(
            "errors", List.of(new FieldProblem("to", "Invalid", "must not be before from")));
  }
}
