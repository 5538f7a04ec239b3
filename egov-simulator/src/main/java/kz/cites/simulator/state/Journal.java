package kz.cites.simulator.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An append-only record of what happened, one JSON object a line, kept in a file of the state
 * folder (or nowhere, when the simulator runs without one). {@link #append} returns only once the
 * line is on disk (written and forced), so what a caller was told happened (a receipt, a
 * certificate, a revocation) is still there after a crash or a {@code kill -9}.
 *
 * <p>A line cut short by a crash in the middle of a write is the only one that can be incomplete:
 * it is the last, and it is dropped (and cut off the file) when the journal is opened again. Any
 * other unreadable line stops the start, rather than silently forgetting what the outside world
 * did.
 *
 * @param <T> the record type of one entry
 */
public final class Journal<T> implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Journal.class);

  private final Path file;
  private final Class<T> type;
  private final JsonMapper json;
  private final FileChannel channel;
  private final List<T> replayed;

  private Journal(
      Path file, Class<T> type, JsonMapper json, FileChannel channel, List<T> replayed) {
    this.file = file;
    this.type = type;
    this.json = json;
    this.channel = channel;
    this.replayed = List.copyOf(replayed);
  }

  /** A journal that keeps nothing: the simulator without a state folder. */
  static <T> Journal<T> inMemory(Class<T> type, JsonMapper json) {
    return new Journal<>(null, type, json, null, List.of());
  }

  /** Opens (or creates) the journal in {@code file} and reads what it holds. */
  static <T> Journal<T> open(Path file, Class<T> type, JsonMapper json) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      byte[] content = Files.readAllBytes(file);
      int end = lastNewline(content) + 1;
      if (end < content.length) {
        log.warn(
            "{}: dropping {} bytes of a last line cut short (a crash while it was written)",
            file,
            content.length - end);
        channel.truncate(end);
        channel.force(true);
      }
      List<T> entries = new ArrayList<>();
      String text = new String(content, 0, end, StandardCharsets.UTF_8);
      int number = 0;
      for (String line : text.split("\n")) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          entries.add(json.readValue(line, type));
        } catch (JacksonException e) {
          channel.close();
          throw new IllegalStateException(
              "Cannot read line " + number + " of " + file + ": " + e.getOriginalMessage(), e);
        }
      }
      channel.position(end);
      return new Journal<>(file, type, json, channel, entries);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the simulator's journal " + file, e);
    }
  }

  private static int lastNewline(byte[] content) {
    for (int i = content.length - 1; i >= 0; i--) {
      if (content[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** What the journal held when it was opened, oldest first. */
  public List<T> entries() {
    return replayed;
  }

  /** Records {@code entry}; returns once it is on disk. */
  public synchronized void append(T entry) {
    if (channel == null) {
      return;
    }
    byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write to the simulator's journal " + file, e);
    }
  }

  /** Whether entries outlive this process. */
  public boolean durable() {
    return channel != null;
  }

  Class<T> type() {
    return type;
  }

  @Override
  public synchronized void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        log.warn("Could not close {}: {}", file, e.getMessage());
      }
    }
  }
}
