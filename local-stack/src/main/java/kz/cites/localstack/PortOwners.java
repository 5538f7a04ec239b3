package kz.cites.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which process listens on a TCP port, read from Linux's {@code /proc} (the listening sockets of
 * {@code /proc/net/tcp} and {@code tcp6}, then the process whose file descriptors hold one), as
 * {@code ss -ltnp} would tell. Only processes this user may inspect are found; elsewhere (another
 * OS, another user's process) the answer is simply empty.
 */
final class PortOwners {

  private static final Path PROC = Path.of("/proc");
  private static final String LISTEN = "0A";

  private PortOwners() {}

  /** The process listening on each of {@code ports} that has one this user can see. */
  static Map<Integer, ProcessHandle> of(Collection<Integer> ports) {
    Map<Long, Integer> portBySocket = listeningSockets(Set.copyOf(ports));
    if (portBySocket.isEmpty()) {
      return Map.of();
    }
    Map<Integer, ProcessHandle> owners = new LinkedHashMap<>();
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
      for (Path process : processes) {
        for (long socket : sockets(process)) {
          Integer port = portBySocket.get(socket);
          if (port != null) {
            ProcessHandle.of(Long.parseLong(process.getFileName().toString()))
                .ifPresent(handle -> owners.putIfAbsent(port, handle));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // no /proc: nothing known
    }
    return owners;
  }

  /** " (port 8083: pid 1234 java ... fee-service.jar; ...)", or "" when no owner is known. */
  static String describe(List<Integer> ports) {
    Map<Integer, ProcessHandle> owners = of(ports);
    if (owners.isEmpty()) {
      return "";
    }
    return owners.entrySet().stream()
        .map(
            e ->
                "port "
                    + e.getKey()
                    + ": pid "
                    + e.getValue().pid()
                    + " "
                    + commandLine(e.getValue()).map(PortOwners::shorten).orElse("?"))
        .collect(Collectors.joining("; ", " (", ")"));
  }

  static Optional<String> commandLine(ProcessHandle process) {
    return process.info().commandLine().or(() -> process.info().command());
  }

  private static String shorten(String commandLine) {
    return commandLine.length() <= 160 ? commandLine : commandLine.substring(0, 157) + "...";
  }

  /** inode -> port of every socket listening on one of {@code ports}. */
  private static Map<Long, Integer> listeningSockets(Set<Integer> ports) {
    Map<Long, Integer> sockets = new HashMap<>();
    for (String table : List.of("tcp", "tcp6")) {
      List<String> lines;
      try {
        lines = Files.readAllLines(PROC.resolve("net").resolve(table), StandardCharsets.US_ASCII);
      } catch (IOException e) {
        continue;
      }
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length < 10 || !LISTEN.equals(fields[3])) {
          continue;
        }
        String local = fields[1];
        int port = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16);
        if (ports.contains(port)) {
          sockets.put(Long.parseLong(fields[9]), port);
        }
      }
    }
    return sockets;
  }

  /** The socket inodes a process holds open. */
  private static List<Long> sockets(Path process) {
    try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
      List<Long> inodes = new java.util.ArrayList<>();
      for (Path descriptor : descriptors) {
        try {
          String target = Files.readSymbolicLink(descriptor).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
          }
        } catch (IOException | RuntimeException e) {
          // closed meanwhile
        }
      }
      return inodes;
    } catch (IOException | RuntimeException e) {
      return List.of(); // another user's process, or gone
    }
  }
}
