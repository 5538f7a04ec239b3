package kz.cites.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;
import kz.cites.gateway.problem.GatewayProblem;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Caps the request body per route ({@code max-body-size} metadata, else the default): a declared
 * Content-Length over the cap is refused before anything is sent on; a chunked body is counted
 * while it streams and the exchange fails as soon as it passes the cap, so the gateway never
 * buffers or forwards more than the cap.
 */
@Component
class BodySizeFilter implements GlobalFilter, Ordered {

  private final LimitProperties properties;

  BodySizeFilter(LimitProperties properties) {
    this.properties = properties;
  }

  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE + 200;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    DataSize cap = RouteClasses.maxBodySize(exchange, properties.maxBodySize());
    long max = cap.toBytes();
    long declared = exchange.getRequest().getHeaders().getContentLength();
    if (declared > max) {
      return Mono.error(tooLarge(cap));
    }
    AtomicLong seen = new AtomicLong();
    ServerHttpRequestDecorator counted =
        new ServerHttpRequestDecorator(exchange.getRequest()) {
          @Override
          public Flux<DataBuffer> getBody() {
            return super.getBody()
                .handle(
                    (buffer, sink) -> {
                      if (seen.addAndGet(buffer.readableByteCount()) > max) {
                        DataBufferUtils.release(buffer);
                        sink.error(tooLarge(cap));
                      } else {
                        sink.next(buffer);
                      }
                    });
          }
        };
    return chain
        .filter(exchange.mutate().request(counted).build())
        .onErrorMap(e -> !(e instanceof GatewayProblem) && seen.get() > max, e -> tooLarge(cap));
  }

  static GatewayProblem tooLarge(DataSize cap) {
    return new GatewayProblem(
        HttpStatus.CONTENT_TOO_LARGE, "body-too-large", null, cap.toKilobytes());
  }
}
