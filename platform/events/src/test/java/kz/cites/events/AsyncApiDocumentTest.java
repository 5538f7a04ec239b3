package kz.cites.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/asyncapi.yaml documents every event type, on its topic, with its sample. */
class AsyncApiDocumentTest {

  private static final Path DOCUMENT = Path.of("../../docs/asyncapi.yaml");

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventTypeIsDocumentedOnItsTopic(EventType type) throws IOException {
    String document = Files.readString(DOCUMENT);
    String name = type.recordType().getSimpleName();

    assertThat(document).contains("const: " + type.cloudEventType());
    assertThat(document).contains("samples/" + name + ".json");
    String channel = type.topic().replace('.', '-') + ":";
    String channelBlock = document.substring(document.indexOf("  " + channel));
    assertThat(channelBlock.substring(0, channelBlock.indexOf("address: " + type.topic() + ".DLT")))
        .as("%s listed under %s", name, type.topic())
        .contains("$ref: '#/components/messages/" + name + "'");
  }
}
