package kz.cites.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Caps every JSON request body a controller reads ({@code @RequestBody} of {@code application/json}
 * or {@code application/*+json}), on the service's own port as behind the gateway: a declared
 * {@code Content-Length} over the cap is refused before anything is read, a body without one as
 * soon as it passes the cap, so a huge body can neither fill the heap nor end as a 500. Uploads
 * (multipart, capped by {@code spring.servlet.multipart}) and bodies a controller streams itself
 * are not concerned.
 */
@ControllerAdvice
public class JsonBodyLimit extends RequestBodyAdviceAdapter {

  private final long maxBytes;

  public JsonBodyLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public HttpInputMessage beforeBodyRead(
      HttpInputMessage message,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType)
      throws IOException {
    MediaType type = message.getHeaders().getContentType();
    if (type == null || !isJson(type)) {
      return message;
    }
    if (message.getHeaders().getContentLength() > maxBytes) {
      throw new BodyTooLargeException(maxBytes);
    }
    InputStream capped = new Capped(message.getBody(), maxBytes);
    HttpHeaders headers = message.getHeaders();
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return capped;
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }
    };
  }

  static boolean isJson(MediaType type) {
    return MediaType.APPLICATION_JSON.isCompatibleWith(type)
        || (type.getSubtype() != null && type.getSubtype().endsWith("+json"));
  }

  /** Fails the read as soon as more than {@code max} bytes came. */
  private static final class Capped extends FilterInputStream {
    private final long max;
    private long count;

    Capped(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long n) {
      count += n;
      if (count > max) {
        throw new BodyTooLargeException(max);
      }
    }
  }
}
