package kz.cites.simulator.state;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.cites.simulator.SimulatorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the outside world keeps across a restart of the simulator, as the real one would across a
 * restart of a server of its own: the payment gateway's receipts, the NCA's certificates (with the
 * personas' keys), its revocations, the identity provider's signing key. Each is a {@link Journal}
 * in the state folder ({@code cites.simulator.state.directory}); private keys rest there sealed
 * with {@code cites.simulator.state.key-password}. Without a folder everything lives in memory and
 * a restart forgets it (the unit tests' default).
 *
 * <p>Not kept: the fault switches (a test's or a demo's control, not the world's state) and the
 * seeded personas and registries (read from the seed at every start).
 */
@Component
public class SimulatorState implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(SimulatorState.class);

  private final Optional<Path> directory;
  private final char[] keyPassword;
  private final JsonMapper json;
  private final List<Journal<?>> opened = new ArrayList<>();

  @Autowired
  SimulatorState(SimulatorProperties properties, JsonMapper json) {
    this(
        Optional.ofNullable(properties.state().directory())
            .map(String::strip)
            .filter(d -> !d.isEmpty())
            .map(Path::of),
        properties.state().keyPassword().toCharArray(),
        json);
  }

  SimulatorState(Optional<Path> directory, char[] keyPassword, JsonMapper json) {
    this.directory = directory.map(d -> d.toAbsolutePath().normalize());
    this.keyPassword = keyPassword.clone();
    this.json = json;
    this.directory.ifPresentOrElse(
        d -> log.info("The simulator keeps its state in {}", d),
        () -> log.info("The simulator keeps its state in memory only (no state folder set)"));
  }

  /** State in memory only, for tests that build the simulator's parts by hand. */
  public static SimulatorState inMemory() {
    return new SimulatorState(
        Optional.empty(), "egov-simulator".toCharArray(), JsonMapper.shared());
  }

  /** State kept in {@code directory}, for tests that build the simulator's parts by hand. */
  public static SimulatorState in(Path directory) {
    return new SimulatorState(
        Optional.of(directory), "egov-simulator".toCharArray(), JsonMapper.shared());
  }

  /** The state folder; empty when state lives in memory only. */
  public Optional<Path> directory() {
    return directory;
  }

  /**
   * The journal {@code name} (a relative path, e.g. {@code payments/receipts.jsonl}) with what it
   * held at start-up.
   */
  public synchronized <T> Journal<T> journal(String name, Class<T> type) {
    Journal<T> journal =
        directory
            .map(d -> Journal.open(d.resolve(name), type, json))
            .orElseGet(() -> Journal.inMemory(type, json));
    opened.add(journal);
    if (journal.durable()) {
      log.info("{}: {} entries read", name, journal.entries().size());
    }
    return journal;
  }

  /** {@code key} as it may rest in a journal: encrypted PEM. */
  public String seal(PrivateKey key) {
    return SealedKeys.seal(key, keyPassword);
  }

  /** The key {@link #seal} made of it. */
  public PrivateKey open(String sealed) {
    return SealedKeys.open(sealed, keyPassword);
  }

  @Override
  public synchronized void destroy() {
    opened.forEach(Journal::close);
    opened.clear();
  }
}
