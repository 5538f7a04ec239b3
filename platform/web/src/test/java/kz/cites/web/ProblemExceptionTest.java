package kz.cites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A problem's extension members never repeat RFC 9457's own (one status, one type). */
class ProblemExceptionTest {

  enum CaseProblem implements ProblemType {
    CASE_WITHDRAWN;

    @Override
    public ProblemSpec spec() {
      return new ProblemSpec(
          URI.create(Problems.BASE + "case-withdrawn"),
          HttpStatus.CONFLICT,
          "Case withdrawn",
          "never");
    }
  }

  @Test
  void anExtensionCannotBeNamedLikeAMemberOfEveryProblem() {
    ProblemException problem = CaseProblem.CASE_WITHDRAWN.exception();

    for (String member : new String[] {"type", "title", "status", "detail", "instance"}) {
      assertThatThrownBy(() -> problem.with(member, "WITHDRAWN"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(member);
    }
    Texts texts = new Texts(Texts.bundles(), false);
    assertThat(problem.with("caseStatus", "WITHDRAWN").toProblemDetail(texts).getProperties())
        .containsEntry("caseStatus", "WITHDRAWN");
    assertThat(problem.toProblemDetail(texts).getStatus()).isEqualTo(409);
  }
}
