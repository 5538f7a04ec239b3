package kz.cites.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.cites.events.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published event schemas ({@code docs/event-schemas/}) are the ones the records generate, and
 * every published sample is valid against its schema.
 *
 * <p>After changing an event record, regenerate them with {@code ./mvnw test -pl platform/events
 * -Dcites.events.write-schemas=true} and commit the result with the record: the diff then shows
 * integrators what changed in the contract.
 */
class EventSchemasTest {

  static final Path PUBLISHED = Path.of("../../docs/event-schemas");
  private static final String ID = "https://github.com/kz-cites/permits/docs/event-schemas/";
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final EventSchemaGenerator generator =
      new EventSchemaGenerator(new Javadoc(Path.of("src/main/java")));

  @ParameterizedTest
  @EnumSource(EventType.class)
  void thePublishedSchemaIsTheOneTheRecordGenerates(EventType type) throws IOException {
    String generated = schemaText(type);
    Path published = PUBLISHED.resolve(fileName(type));
    if (Boolean.getBoolean("cites.events.write-schemas")) {
      Files.createDirectories(PUBLISHED);
      Files.writeString(published, generated);
    }

    assertThat(published)
        .as(
            "%s is out of date: regenerate with -Dcites.events.write-schemas=true and commit it",
            published)
        .exists();
    assertThat(Files.readString(published)).isEqualTo(generated);
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void thePublishedSampleIsValidAgainstTheSchema(EventType type) throws IOException {
    List<Error> errors = validate(type, sample(type));

    assertThat(errors).as("sample of %s against its schema", type).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void aSampleWithoutItsIdentityIsRejected(EventType type) throws IOException {
    ObjectNode sample = (ObjectNode) JSON.readTree(sample(type));
    sample.remove("eventId");

    assertThat(validate(type, JSON.writeValueAsString(sample)))
        .extracting(Error::getMessage)
        .anySatisfy(message -> assertThat(message).contains("eventId"));
  }

  private List<Error> validate(EventType type, String instance) throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(schemaText(type), InputFormat.JSON);
    return schema.validate(instance, InputFormat.JSON);
  }

  private String schemaText(EventType type) {
    @SuppressWarnings("unchecked")
    Class<? extends Record> record = (Class<? extends Record>) type.recordType();
    ObjectNode schema = generator.schema(record, ID + fileName(type));
    return JSON.writeValueAsString(schema) + "\n";
  }

  static String fileName(EventType type) {
    return type.recordType().getSimpleName() + ".json";
  }

  private static String sample(EventType type) throws IOException {
    String name = "/kz/cites/events/samples/" + type.recordType().getSimpleName() + ".json";
    try (InputStream in = EventSchemasTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
