package kz.cites.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests as bytes on a socket, for what no HTTP client sends: paths with raw or encoded
 * characters a server must refuse, request lines and headers over the limits, bodies cut short.
 */
final class RawHttp {

  /** A parsed answer: the status, the headers (names in lower case) and the body. */
  record Answer(int status, Map<String, String> headers, String body) {
    String contentType() {
      return headers.getOrDefault("content-type", "");
    }
  }

  private RawHttp() {}

  /** Sends {@code head} (request line and headers, without the blank line) and {@code body}. */
  static Answer send(int port, String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      try {
        if (body != null) {
          for (int at = 0; at < body.length; at += 65536) {
            out.write(body, at, Math.min(65536, body.length - at));
          }
        }
        out.flush();
      } catch (SocketException refusedMidway) {
        // the server answered and closed before the whole body was sent: read its answer
      }
      return parse(readAll(socket.getInputStream()));
    }
  }

  static Answer get(int port, String target, String... headers) throws IOException {
    return send(
        port,
        "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close" + lines(headers),
        null);
  }

  static String lines(String... headers) {
    StringBuilder all = new StringBuilder();
    for (String header : headers) {
      all.append("\r\n").append(header);
    }
    return all.toString();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        all.write(buffer, 0, n);
      }
    } catch (SocketException reset) {
      // a server may reset the connection after its answer when it did not read the whole body
    }
    return all.toByteArray();
  }

  private static Answer parse(byte[] raw) {
    // one char a byte, so that Content-Length and chunk sizes count right; the body is UTF-8
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("no HTTP answer: " + text);
    }
    String[] head = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(head[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < head.length; i++) {
      int colon = head[i].indexOf(':');
      headers.put(
          head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          head[i].substring(colon + 1).trim());
    }
    String body = text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    body = new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    return new Answer(status, headers, body);
  }

  private static String dechunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
    return body.toString();
  }
}
