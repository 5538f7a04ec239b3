package kz.cites.gateway.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the HTTP server refuses before Spring sees a request answers with a problem too. Reactor
 * Netty answers a request line over {@code server.netty.max-initial-line-length} with 414, headers
 * over {@code server.max-http-request-header-size} with 431 and a request it cannot decode with
 * 400, all three with an empty body; and Spring's adapter answers a path that is no URI with an
 * empty 400. This handler sits in each connection's pipeline next to the HTTP codec and gives such
 * a complete error response without a body the problem of its status ({@link StatusTypes}). Answers
 * of the gateway and of the services always carry a body or a content type and pass unchanged.
 */
@Component
class ServerProblemBodies implements NettyServerCustomizer {

  static final String HANDLER = "citesProblemBodies";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public HttpServer apply(HttpServer server) {
    return server.doOnChannelInit(
        (observer, channel, remoteAddress) -> {
          var pipeline = channel.pipeline();
          if (pipeline.get(NettyPipeline.HttpCodec) != null && pipeline.get(HANDLER) == null) {
            pipeline.addAfter(NettyPipeline.HttpCodec, HANDLER, new FillEmptyErrors());
          }
        });
  }

  /** The problem body of a bare {@code status}, in {@code language}. */
  static byte[] problem(int status, Locale language) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", Problems.type(StatusTypes.slug(status)));
    body.put("title", StatusTypes.title(status, language));
    body.put("status", status);
    body.put("detail", StatusTypes.detail(status, language));
    return JSON.writeValueAsBytes(body);
  }

  /**
   * One per connection. An error response whose body may be empty (no content type, and no or a
   * zero {@code Content-Length}: a proxied service's answer arrives as a head and its contents) is
   * held back until its next message shows whether a body follows: when only the empty end does,
   * the two leave as one response with the problem as body; otherwise both leave unchanged. The
   * head's write is reported done at once, since Reactor Netty waits for it before the contents.
   */
  private static final class FillEmptyErrors extends ChannelDuplexHandler {

    private HttpResponse held;

    /**
     * The Accept-Language of the connection's last request the codec could read; none (Russian)
     * when it could not read the headers at all, e.g. a request line too long.
     */
    private String acceptLanguage;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
      if (msg instanceof HttpRequest request) {
        acceptLanguage = request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE);
      }
      super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
        throws Exception {
      if (held != null) {
        HttpResponse head = held;
        held = null;
        if (msg instanceof LastHttpContent end
            && !end.content().isReadable()
            && end.trailingHeaders().isEmpty()) {
          end.release();
          ctx.write(
              filled(
                  new DefaultFullHttpResponse(
                      head.protocolVersion(),
                      head.status(),
                      Unpooled.EMPTY_BUFFER,
                      head.headers(),
                      DefaultHttpHeadersFactory.trailersFactory().newHeaders())),
              promise);
        } else {
          ctx.write(head, ctx.voidPromise());
          ctx.write(msg, promise);
        }
        return;
      }
      if (msg instanceof FullHttpResponse whole) {
        ctx.write(
            mayBeEmptyError(whole) && !whole.content().isReadable() ? filled(whole) : whole,
            promise);
        return;
      }
      if (msg instanceof HttpResponse head && mayBeEmptyError(head)) {
        // the server sends what follows only once the head is written: say it is
        held = head;
        promise.trySuccess();
        return;
      }
      ctx.write(msg, promise);
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) throws Exception {
      if (held != null) {
        ctx.write(held, ctx.voidPromise());
        held = null;
      }
      super.close(ctx, promise);
    }

    private static boolean mayBeEmptyError(HttpResponse response) {
      String length = response.headers().get(HttpHeaderNames.CONTENT_LENGTH);
      return response.status().code() >= 400
          && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
          && (length == null || "0".equals(length.trim()));
    }

    /** {@code response} with the problem of its status as body. */
    private FullHttpResponse filled(FullHttpResponse response) {
      Locale language = ProblemTexts.language(acceptLanguage);
      byte[] body = problem(response.status().code(), language);
      FullHttpResponse filled = response.replace(Unpooled.wrappedBuffer(body));
      response.release();
      filled
          .headers()
          .remove(HttpHeaderNames.TRANSFER_ENCODING)
          .set(HttpHeaderNames.CONTENT_TYPE, Problems.PROBLEM_JSON.toString())
          .set(HttpHeaderNames.CONTENT_LANGUAGE, language.getLanguage())
          .set(HttpHeaderNames.CONTENT_LENGTH, body.length);
      return filled;
    }
  }
}
