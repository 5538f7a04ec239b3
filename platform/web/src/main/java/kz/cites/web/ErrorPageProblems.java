package kz.cites.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page, as a problem: what the servlet container sends to it (a request Tomcat cannot
 * parse, a filter's {@code sendError}, an exception no handler caught) is answered {@code
 * application/problem+json} with the stable type of its status ({@link StatusProblems}), whatever
 * the request's {@code Accept}, instead of Boot's {@code {timestamp, status, error, path}}.
 */
@RestController
@Hidden // not an operation of the API: where the container sends what it refused
public class ErrorPageProblems implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ErrorPageProblems.class);

  @RequestMapping("${server.error.path:${error.path:/error}}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (failure instanceof Throwable t && status >= 500) {
      log.error("Unexpected failure", t);
    }
    ProblemDetail problem = StatusProblems.of(status, Texts.languageOf(request));
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
      try {
        problem.setInstance(java.net.URI.create(uri));
      } catch (IllegalArgumentException notAUri) {
        // a path the container could not parse is no instance to name
      }
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
