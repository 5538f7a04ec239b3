package kz.cites.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON-over-HTTP client for the scenarios: what an integrator's code would do. */
final class Http {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Response(int status, JsonNode body, HttpResponse<String> raw) {}

  Response get(URI uri, String token) {
    return send(base(uri, token).GET().build());
  }

  /** The status of a GET asking for {@code accept} (e.g. a signed document), body unread. */
  int status(URI uri, String token, String accept) {
    try {
      return client
          .send(
              base(uri, token).setHeader("Accept", accept).GET().build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + uri + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body as text, for non-JSON answers (a JWS); fails on a non-2xx status. */
  String getText(URI uri, String token) {
    try {
      HttpResponse<String> response =
          client.send(
              base(uri, token).setHeader("Accept", "application/jose, */*").GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "GET " + uri + " -> " + response.statusCode() + " " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + uri + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body as bytes of a GET asking for {@code accept}; fails on a non-2xx status. */
  byte[] getBytes(URI uri, String token, String accept) {
    try {
      HttpResponse<byte[]> response =
          client.send(
              base(uri, token).setHeader("Accept", accept).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "GET " + uri + " (" + accept + ") -> " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + uri + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET asking for answers in {@code acceptLanguage} (kk, ru, en, ...). */
  Response get(URI uri, String token, String acceptLanguage) {
    return send(base(uri, token).header("Accept-Language", acceptLanguage).GET().build());
  }

  /**
   * A GET of a document asking for {@code accept} in {@code acceptLanguage}; fails on a non-2xx
   * status. The raw answer, for its headers and bytes.
   */
  HttpResponse<byte[]> getDocument(URI uri, String token, String accept, String acceptLanguage) {
    try {
      HttpResponse<byte[]> response =
          client.send(
              base(uri, token)
                  .setHeader("Accept", accept)
                  .header("Accept-Language", acceptLanguage)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "GET " + uri + " (" + accept + ", " + acceptLanguage + ") -> " + response.statusCode());
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException("GET " + uri + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Response post(URI uri, String token, Object body) {
    return withJson("POST", uri, token, body);
  }

  /** A POST of {@code body} asking for answers in {@code acceptLanguage} (kk, ru, en, ...). */
  Response post(URI uri, String token, Object body, String acceptLanguage) {
    return send(
        base(uri, token)
            .header("Accept-Language", acceptLanguage)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build());
  }

  Response put(URI uri, String token, Object body) {
    return withJson("PUT", uri, token, body);
  }

  private Response withJson(String method, URI uri, String token, Object body) {
    return send(
        base(uri, token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build());
  }

  /** A JSON request with headers of the caller's choosing (Idempotency-Key, If-Match). */
  Response json(
      String method, URI uri, String token, Object body, java.util.Map<String, String> headers) {
    HttpRequest.Builder builder = base(uri, token).header("Content-Type", "application/json");
    headers.forEach(builder::header);
    return send(
        builder
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build());
  }

  Response delete(URI uri, String token) {
    return send(base(uri, token).DELETE().build());
  }

  /** A multipart/form-data upload of one file with a {@code type} field, as a portal sends it. */
  Response upload(
      URI uri, String token, String type, String fileName, String contentType, byte[] file) {
    String boundary = "----cites" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    var text = java.nio.charset.StandardCharsets.UTF_8;
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
                + type
                + "\r\n")
            .getBytes(text));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(text));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(text));
    return send(
        base(uri, token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  private static HttpRequest.Builder base(URI uri, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      // every answer of the API must be what its published document says (issue 16)
      PublishedContract.get()
          .violation(
              request.method(),
              request.uri().getPath(),
              response.statusCode(),
              response.headers().firstValue("Content-Type").orElse(null),
              text)
          .ifPresent(
              violation -> {
                throw new AssertionError("Published contract broken: " + violation);
              });
      JsonNode body = text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
      return new Response(response.statusCode(), body, response);
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
