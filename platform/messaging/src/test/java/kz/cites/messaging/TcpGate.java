package kz.cites.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The broker's address as the service knows it, opened and closed by the test: closed, nothing
 * listens there (the broker is down for the service); open, connections are passed to the real
 * broker. Kafka clients only bootstrap through it, then follow the broker's advertised address.
 */
final class TcpGate implements AutoCloseable {

  private final int port;
  private final String targetHost;
  private final int targetPort;
  private ServerSocket server;

  TcpGate(int port, String target) {
    this.port = port;
    String[] hostAndPort = target.split(",")[0].split(":");
    this.targetHost = hostAndPort[0];
    this.targetPort = Integer.parseInt(hostAndPort[1]);
  }

  static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  void open() throws IOException {
    server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual()
        .start(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket client = server.accept();
                  Socket broker = new Socket(targetHost, targetPort);
                  pipe(client.getInputStream(), broker.getOutputStream(), broker);
                  pipe(broker.getInputStream(), client.getOutputStream(), client);
                } catch (IOException e) {
                  // the gate was closed, or the connection broke: the client retries
                }
              }
            });
  }

  private static void pipe(InputStream from, OutputStream to, Socket closeOnEnd) {
    Thread.ofVirtual()
        .start(
            () -> {
              try (closeOnEnd) {
                from.transferTo(to);
              } catch (IOException e) {
                // one side hung up
              }
            });
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      server.close();
    }
  }
}
