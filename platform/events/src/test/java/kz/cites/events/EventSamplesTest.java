package kz.cites.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON sample of every event type (the AsyncAPI document points at them) must read into its
 * record without loss: a field renamed in the record or the sample breaks this test.
 */
class EventSamplesTest {

  private final JsonMapper json =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @ParameterizedTest
  @EnumSource(EventType.class)
  void sampleReadsIntoItsRecordAndWritesBackTheSameJson(EventType type) throws IOException {
    JsonNode sample = readSample(type);

    CitesEvent event = json.treeToValue(sample, type.recordType());

    assertThat(event.eventId()).isNotNull();
    assertThat(event.key()).isNotNull();
    assertThat(event.occurredAt()).isNotNull();
    JsonNode written = json.valueToTree(event);
    assertThat(written.equals(NUMBERS_BY_VALUE, sample))
        .as("%s written back as %s", sample, written)
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void cloudEventTypeLeadsBackToTheSameEventType(EventType type) {
    assertThat(EventType.fromCloudEventType(type.cloudEventType())).contains(type);
  }

  private JsonNode readSample(EventType type) throws IOException {
    String name = "samples/" + type.recordType().getSimpleName() + ".json";
    try (InputStream in = EventType.class.getResourceAsStream(name)) {
      assertThat(in).as("sample %s", name).isNotNull();
      return json.readTree(in);
    }
  }

  /** Samples write amounts for people (8650.00); the record may write 8650.0: same number. */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };
}
