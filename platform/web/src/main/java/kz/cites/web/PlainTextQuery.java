package kz.cites.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query string is text too: a parameter holding a NUL character ({@code %00}) or a lone
 * surrogate is a 400 {@code validation} problem naming the parameter ({@link PlainText}), before it
 * can reach a database that would refuse it with a misleading error. The query string is read as
 * sent, so a form body is never read here.
 */
public class PlainTextQuery extends OncePerRequestFilter {

  private final JsonMapper json;

  public PlainTextQuery(JsonMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Map.Entry<String, PlainText.Flaw>> flaw = flaw(request.getQueryString());
    if (flaw.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String field = flaw.get().getKey();
    PlainText.Flaw broken = flaw.get().getValue();
    // before Spring MVC: the language from the request itself
    Language language = Texts.languageOf(request);
    Texts texts = StatusProblems.TEXTS;
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, texts.text(language, "problem.validation.detail.fields", 1));
    problem.setType(Problems.VALIDATION);
    problem.setTitle(texts.text(language, "problem.validation.title"));
    problem.setProperty(
        "errors",
        List.of(
            new ProblemHandler.FieldProblem(
                field, broken.rule(), texts.text(language, broken.text()))));
    Texts.answeredIn(response, language);
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.writeValueAsString(problem));
  }

  /** The first parameter (by name) whose name or value breaks {@link PlainText}, if any. */
  static Optional<Map.Entry<String, PlainText.Flaw>> flaw(String query) {
    if (query == null || query.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      var broken = PlainText.flaw(name).or(() -> PlainText.flaw(value));
      if (broken.isPresent()) {
        return Optional.of(
            Map.entry(PlainText.flaw(name).isPresent() ? "query" : name, broken.get()));
      }
    }
    return Optional.empty();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      return text; // a broken escape is the container's to refuse, not a text rule
    }
  }
}
