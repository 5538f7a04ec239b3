package kz.cites.application.intake.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import kz.cites.application.web.ApiProblem;
import kz.cites.web.ProblemException;
import kz.cites.web.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The size cap of document uploads ({@code cites.documents.max-size}, default 10 MB). A request
 * that announces a larger body is refused before any of it is read; a body without a length is cut
 * off by the container's multipart limits ({@code spring.servlet.multipart.*}, set from the same
 * properties); the controller checks the file once more.
 */
@Component
class DocumentLimits extends OncePerRequestFilter {

  private static final Pattern UPLOAD = Pattern.compile("/api/v1/applications/[^/]+/documents/?");

  private final DataSize maxSize;
  private final DataSize maxRequestSize;
  private final JsonMapper json;
  private final Texts texts;

  DocumentLimits(
      @Value("${cites.documents.max-size:10MB}") DataSize maxSize,
      @Value("${cites.documents.max-request-size:11MB}") DataSize maxRequestSize,
      JsonMapper json,
      Texts texts) {
    this.maxSize = maxSize;
    this.maxRequestSize = maxRequestSize;
    this.json = json;
    this.texts = texts;
  }

  long maxFileBytes() {
    return maxSize.toBytes();
  }

  /** {@code detail}: the name of the detail's text, {@code problem.document-too-large.detail.*}. */
  static ProblemException tooLarge(String detail, Object... args) {
    return ApiProblem.DOCUMENT_TOO_LARGE.detail(detail, args).with("field", "file");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !UPLOAD.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxRequestSize.toBytes()) {
      response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setHeader("Connection", "close"); // do not read the rest of the body
      ProblemDetail problem = tooLarge("limit", maxSize.toMegabytes()).toProblemDetail(texts);
      Texts.answeredIn(response, texts.language());
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", problem.getType().toString());
      body.put("title", problem.getTitle());
      body.put("status", problem.getStatus());
      body.put("detail", problem.getDetail());
      body.put("instance", request.getRequestURI());
      body.put("field", "file");
      json.writeValue(response.getOutputStream(), body);
      return;
    }
    chain.doFilter(request, response);
  }
}
