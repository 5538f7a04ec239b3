package kz.cites.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details straight to the response, in the caller's language ({@link
 * ProblemTexts}; {@code Content-Language} says which). Used where no controller is involved
 * (security rejections, no matching route), so Spring's own ProblemDetail rendering never runs.
 */
public final class Problems {

  public static final String TYPE_BASE = "https://cites.kz/problems/";
  public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  public static String type(String slug) {
    return TYPE_BASE + slug;
  }

  /**
   * The problem {@code slug}: its title {@code problem.<slug>.title} and the detail {@code
   * detailKey} with {@code args} from the gateway's bundle (none: {@code fallbackDetail} as it is),
   * in the caller's language; where the bundle has no such text, the status's reason phrase and
   * {@code fallbackDetail} (English).
   */
  public static Mono<Void> write(
      ServerWebExchange exchange,
      HttpStatus status,
      String slug,
      String detailKey,
      String fallbackDetail,
      Object... args) {
    ServerHttpResponse response = exchange.getResponse();
    if (response.isCommitted()) {
      return Mono.empty();
    }
    Locale language = ProblemTexts.language(exchange);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type(slug));
    body.put(
        "title",
        ProblemTexts.text(
            language, "problem." + slug + ".title", StatusTypes.title(status.value())));
    body.put("status", status.value());
    body.put(
        "detail",
        detailKey == null
            ? fallbackDetail
            : ProblemTexts.text(language, detailKey, fallbackDetail, args));
    body.put("instance", exchange.getRequest().getPath().value());
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setStatusCode(status);
    response.getHeaders().setContentType(PROBLEM_JSON);
    response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
    response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    response.getHeaders().setContentLength(bytes.length);
    // An answer of the gateway's own to a request without a body ends the caller's connection. On a
    // kept-alive connection, Reactor Netty (1.3.6; the newest served here is 1.3.8) may buffer the
    // caller's next request when it arrives before the handling of this one has fully ended, and
    // then not read it until the caller gives up (reactor-netty#4361 and #4347, fixed in later
    // releases): measured, 0.5-3% of the requests that followed a 401/403/404/503 of ours on the
    // same connection waited for the client's timeout. Closed, the caller sends its next request
    // on a new connection. Not while a body may still be on its way (a 413, a POST without a
    // token): closing then would cut the caller off before it reads the answer. Proxied answers
    // keep the connection.
    if (withoutBody(exchange.getRequest().getHeaders())) {
      response.getHeaders().set(HttpHeaders.CONNECTION, "close");
    }
    return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
  }

  private static boolean withoutBody(HttpHeaders request) {
    return request.getContentLength() <= 0
        && request.getFirst(HttpHeaders.TRANSFER_ENCODING) == null;
  }
}
