package kz.cites.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.List;

/** Which of the stack's ports something else already listens on. */
public final class Ports {

  private Ports() {}

  /** The ports of {@code ports} that cannot be bound on every interface right now. */
  public static List<Integer> taken(Collection<Integer> ports) {
    return ports.stream().filter(port -> !free(port)).toList();
  }

  static boolean free(int port) {
    // Binding the wildcard address fails both when another process listens on all interfaces and
    // when it listens on the loopback address only (as Kafka and PostgreSQL do here).
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
