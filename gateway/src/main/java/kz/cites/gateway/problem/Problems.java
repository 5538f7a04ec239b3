package kz.cites.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details straight to the response. Used where no controller is involved
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

  public static Mono<Void> write(
      ServerWebExchange exchange, HttpStatus status, String slug, String detail) {
    return write(exchange, status, slug, status.getReasonPhrase(), detail);
  }

  public static Mono<Void> write(
      ServerWebExchange exchange, HttpStatus status, String slug, String title, String detail) {
    ServerHttpResponse response = exchange.getResponse();
    if (response.isCommitted()) {
      return Mono.empty();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type(slug));
    body.put("title", title);
    body.put("status", status.value());
    body.put("detail", detail);
    body.put("instance", exchange.getRequest().getPath().value());
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setStatusCode(status);
    response.getHeaders().setContentType(PROBLEM_JSON);
    response.getHeaders().setContentLength(bytes.length);
    return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
  }
}
