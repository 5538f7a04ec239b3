package kz.cites.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat itself refuses before the application sees a request (a request line or headers over
 * {@code server.max-http-request-header-size}, a path it will not decode such as {@code %2F},
 * {@code %5C} or {@code %00}, a character no URL may hold, a request line that is no HTTP) is
 * written as a problem instead of Tomcat's HTML page. Tomcat answers all of these 400; the
 * too-large one is told apart as 414 (the request line did not fit) or 431 (the headers did not),
 * and a path holding one of the sequences Spring Security's firewall refuses gets the firewall's
 * type, so a client sees the same answer whichever layer caught it.
 */
public class ContainerProblemValve extends ErrorReportValve {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Tomcat's message for a request head over the buffer (in the server's locale). */
  private static final String HEAD_TOO_LARGE =
      StringManager.getManager("org.apache.coyote.http11")
          .getString("iib.requestheadertoolarge.error");

  /** What {@link RejectedRequests} refuses, as it appears in a raw request target. */
  private static final Pattern FIREWALL =
      Pattern.compile("(?i).*(;|%2f|%5c|%25|%00|%3b|\\\\|//|/\\./|/\\.\\./|/\\.$|/\\.\\.$).*");

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    int answered = status;
    // no locale resolver this early: the request's own Accept-Language, if Tomcat read it
    Language language =
        Language.fromAcceptLanguage(
            request.getHeader(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE));
    String type;
    String detail;
    if (status == 400 && throwable != null && HEAD_TOO_LARGE.equals(throwable.getMessage())) {
      answered = request.getCoyoteRequest().requestURI().isNull() ? 414 : 431;
      type = StatusProblems.type(answered).toString();
      detail = StatusProblems.detail(answered, language);
    } else if (status == 400 && FIREWALL.matcher(target(request)).matches()) {
      type = Problems.REQUEST_REJECTED.toString();
      detail = StatusProblems.TEXTS.text(language, "problem.request-rejected.detail");
    } else {
      type = StatusProblems.type(status).toString();
      detail = StatusProblems.detail(status, language);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put(
        "title",
        type.equals(Problems.REQUEST_REJECTED.toString())
            ? StatusProblems.TEXTS.text(language, "problem.request-rejected.title")
            : StatusProblems.title(answered, language));
    body.put("status", answered);
    body.put("detail", detail);
    try {
      response.setStatus(answered);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.setHeader(org.springframework.http.HttpHeaders.CONTENT_LANGUAGE, language.tag());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(body));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the connection is gone or the response is committed: nothing more to say
    }
  }

  private static String target(Request request) {
    var uri = request.getCoyoteRequest().requestURI();
    return uri.isNull() ? "" : uri.toString().toLowerCase(Locale.ROOT);
  }
}
