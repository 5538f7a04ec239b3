package kz.cites.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class JournalTest {

  record Entry(String name, Instant at) {}

  @TempDir Path folder;

  private final JsonMapper json = JsonMapper.shared();

  @Test
  void whatWasAppendedIsReadBackInOrderAfterReopening() {
    Path file = folder.resolve("sub/entries.jsonl");
    try (Journal<Entry> journal = Journal.open(file, Entry.class, json)) {
      journal.append(new Entry("first", Instant.parse("2026-11-25T10:00:00Z")));
      journal.append(new Entry("second", Instant.parse("2026-11-25T10:00:01Z")));
    }
    try (Journal<Entry> again = Journal.open(file, Entry.class, json)) {
      assertThat(again.entries()).extracting(Entry::name).containsExactly("first", "second");
    }
  }

  @Test
  void aLastLineCutShortByACrashIsDroppedAndTheNextEntryFollowsTheLastWholeOne() throws Exception {
    Path file = folder.resolve("entries.jsonl");
    try (Journal<Entry> journal = Journal.open(file, Entry.class, json)) {
      journal.append(new Entry("kept", Instant.EPOCH));
    }
    Files.writeString(file, "{\"name\": \"torn", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    try (Journal<Entry> journal = Journal.open(file, Entry.class, json)) {
      assertThat(journal.entries()).extracting(Entry::name).containsExactly("kept");
      journal.append(new Entry("after", Instant.EPOCH));
    }
    try (Journal<Entry> journal = Journal.open(file, Entry.class, json)) {
      assertThat(journal.entries()).extracting(Entry::name).containsExactly("kept", "after");
    }
  }

  @Test
  void anUnreadableLineInTheMiddleStopsTheStartInsteadOfForgetting() throws Exception {
    Path file = folder.resolve("entries.jsonl");
    Files.writeString(file, "{\"name\":\"a\"}\nnot json\n{\"name\":\"b\"}\n");
    assertThatThrownBy(() -> Journal.open(file, Entry.class, json))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void aSealedKeyOpensWithThePasswordOnlyAndDoesNotRestInClear() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();

    String sealed = SealedKeys.seal(keys.getPrivate(), "secret".toCharArray());

    assertThat(sealed).contains("ENCRYPTED PRIVATE KEY");
    assertThat(SealedKeys.open(sealed, "secret".toCharArray()).getEncoded())
        .isEqualTo(keys.getPrivate().getEncoded());
    assertThatThrownBy(() -> SealedKeys.open(sealed, "wrong".toCharArray()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("key-password");
  }
}
