package kz.cites.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/asyncapi.yaml documents every event type, on its topic, with its generated payload schema
 * and its sample.
 */
class AsyncApiDocumentTest {

  private static final Path DOCUMENT = Path.of("../../docs/asyncapi.yaml");

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventTypeIsDocumentedOnItsTopic(EventType type) throws IOException {
    String document = Files.readString(DOCUMENT);
    String name = type.recordType().getSimpleName();

    assertThat(document).contains("const: " + type.cloudEventType());
    assertThat(document).contains("samples/" + name + ".json");
    String message = document.substring(document.indexOf("\n    " + name + ":\n"));
    assertThat(message.substring(0, message.indexOf("examples:")))
        .as("%s's payload is its generated schema", name)
        .contains("payload:\n        $ref: './event-schemas/" + name + ".json'");
    assertThat(Path.of("../../docs/event-schemas/" + name + ".json")).exists();
    String channel = type.topic().replace('.', '-') + ":";
    String channelBlock = document.substring(document.indexOf("  " + channel));
    assertThat(channelBlock.substring(0, channelBlock.indexOf("address: " + type.topic() + ".DLT")))
        .as("%s listed under %s", name, type.topic())
        .contains("$ref: '#/components/messages/" + name + "'");
  }
}
