package kz.cites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A problem's extension members never repeat RFC 9457's own (one status, one type). */
class ProblemExceptionTest {

  @Test
  void anExtensionCannotBeNamedLikeAMemberOfEveryProblem() {
    ProblemException problem = ProblemException.conflict("case-withdrawn", "Case withdrawn", "x");

    for (String member : new String[] {"type", "title", "status", "detail", "instance"}) {
      assertThatThrownBy(() -> problem.with(member, "WITHDRAWN"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(member);
    }
    assertThat(problem.with("caseStatus", "WITHDRAWN").toProblemDetail().getProperties())
        .containsEntry("caseStatus", "WITHDRAWN");
    assertThat(problem.toProblemDetail().getStatus()).isEqualTo(409);
  }
}
