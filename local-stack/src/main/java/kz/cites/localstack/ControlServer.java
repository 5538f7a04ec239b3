package kz.cites.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How {@code ./stack restart|stop|start|kill <target>} reach a running launcher: a small HTTP
 * endpoint on the loopback interface, on a free port, that only answers requests carrying the token
 * written with the port to {@code <data>/control} (readable by this user only). One request at a
 * time: two operators restarting the same application do not interleave.
 *
 * <pre>
 * POST /restart/{target}   POST /stop/{target}   POST /start/{target}   POST /kill/{instance}
 * GET  /status
 * </pre>
 *
 * A target is an application ({@code fee-service}: all its instances), one instance ({@code
 * fee-service-2}) or {@code kafka}.
 */
final class ControlServer implements AutoCloseable {

  static final String TOKEN_HEADER = "X-Local-Stack-Token";
  private static final Set<String> ACTIONS = Set.of("restart", "stop", "start", "kill");

  private final HttpServer server;
  private final Path controlFile;
  private final ExecutorService executor;

  private ControlServer(HttpServer server, Path controlFile, ExecutorService executor) {
    this.server = server;
    this.controlFile = controlFile;
    this.executor = executor;
  }

  static ControlServer start(RunningStack stack) throws IOException {
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    String token = HexFormat.of().formatHex(secret);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("local-stack-control").daemon().factory());
    server.setExecutor(executor);
    server.createContext("/", exchange -> handle(exchange, stack, token));
    server.start();
    Path controlFile = controlFile(stack.options());
    Path temporary = controlFile.resolveSibling("control.tmp");
    Files.deleteIfExists(temporary);
    Files.createFile(
        temporary,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(temporary, server.getAddress().getPort() + " " + token + "\n");
    Files.move(
        temporary,
        controlFile,
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return new ControlServer(server, controlFile, executor);
  }

  static Path controlFile(LocalStackOptions options) {
    return options.dataDirectory().resolve("control");
  }

  private static void handle(HttpExchange exchange, RunningStack stack, String token)
      throws IOException {
    try (exchange) {
      try {
        if (!token.equals(exchange.getRequestHeaders().getFirst(TOKEN_HEADER))) {
          answer(exchange, 403, "Not allowed");
          return;
        }
        List<String> path =
            List.of(exchange.getRequestURI().getPath().replaceFirst("^/", "").split("/"));
        String method = exchange.getRequestMethod();
        if (method.equals("GET") && path.equals(List.of("status"))) {
          answer(exchange, 200, String.join("\n", stack.describe()));
        } else if (!method.equals("POST") || path.size() != 2 || !ACTIONS.contains(path.get(0))) {
          answer(exchange, 404, "Unknown command " + method + " " + exchange.getRequestURI());
        } else {
          answer(exchange, 200, perform(stack, path.get(0), path.get(1)));
        }
      } catch (LocalStackException e) {
        answer(exchange, 409, e.getMessage());
      } catch (RuntimeException e) {
        answer(exchange, 500, "Failed: " + e);
      }
    }
  }

  private static String perform(RunningStack stack, String action, String target) {
    return switch (action) {
      case "restart" -> {
        stack.restart(target);
        yield target + " restarted";
      }
      case "stop" -> {
        stack.stop(target);
        yield target + " stopped (not restarted until ./stack start " + target + ")";
      }
      case "start" -> {
        stack.start(target);
        yield target + " started";
      }
      default ->
          target
              + " killed (pid "
              + stack.kill(target)
              + ", SIGKILL); the launcher restarts it as after any crash";
    };
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      Files.deleteIfExists(controlFile);
    } catch (IOException e) {
      // a stale control file is recognised: nobody answers on its port
    }
  }
}
