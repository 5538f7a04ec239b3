package kz.cites.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security's firewall refuses a request whose path could mean two things to two parsers
 * (";", an encoded "/", "\\", "%" or NUL, "..", a non-printable character): 400 {@code
 * request-rejected} as a problem, not an empty body or the error page.
 */
public class RejectedRequests implements RequestRejectedHandler {

  private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

  static final String TITLE = "Request rejected";
  static final String DETAIL =
      "The request's path or headers hold characters or sequences this API does not accept"
          + " (\";\", an encoded \"/\", \"\\\", \"%\" or NUL, \"..\", control characters).";

  private final JsonMapper json;

  public RejectedRequests(JsonMapper json) {
    this.json = json;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    log.debug("Request rejected by the firewall: {}", e.getMessage());
    Language language = Texts.languageOf(request);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            StatusProblems.TEXTS.text(language, "problem.request-rejected.detail"));
    problem.setType(Problems.REQUEST_REJECTED);
    problem.setTitle(StatusProblems.TEXTS.text(language, "problem.request-rejected.title"));
    Texts.answeredIn(response, language);
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.writeValueAsString(problem));
  }
}
