package kz.cites.web;

import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The last look at every problem detail a service writes: one without a type (Spring 7 leaves it
 * null for the errors its own handler answers and ours does not type, such as a missing request
 * header, a response it cannot write or a request that timed out) gets the stable type of its
 * status ({@link StatusProblems}) and a title, so a client can switch on every error it gets.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class EveryProblemTyped implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (body instanceof ProblemDetail problem) {
      typed(problem);
      if (problem.getTitle() == null
          && request instanceof org.springframework.http.server.ServletServerHttpRequest servlet) {
        problem.setTitle(
            StatusProblems.title(
                problem.getStatus(), Texts.languageOf(servlet.getServletRequest())));
      }
    }
    return body;
  }

  /** Gives {@code problem} the type and title of its status when it has none. */
  static ProblemDetail typed(ProblemDetail problem) {
    if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
      problem.setType(StatusProblems.type(problem.getStatus()));
      if (problem.getTitle() == null) {
        problem.setTitle(StatusProblems.title(problem.getStatus()));
      }
    }
    return problem;
  }
}
