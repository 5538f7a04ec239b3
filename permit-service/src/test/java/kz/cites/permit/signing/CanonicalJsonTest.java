package kz.cites.permit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CanonicalJsonTest {

  record Line(String scientificName, BigDecimal quantity, Integer animals) {}

  record Document(
      String number, Map<String, Object> extra, List<Line> lines, Instant at, LocalDate until) {}

  final CanonicalJson canonical = new CanonicalJson(JsonMapper.builder().build());

  @Test
  void membersAreSortedAtEveryLevelWithoutWhitespaceInUtf8() {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("b", 1);
    extra.put("a", Map.of("z", true, "y", "Әбенова"));
    extra.put("B", (Object) null);
    Document document =
        new Document(
            "26KZ000001",
            extra,
            List.of(new Line("Falco cherrug", new BigDecimal("2.50"), 2)),
            Instant.parse("2026-08-31T06:00:00Z"),
            LocalDate.parse("2027-02-28"));

    String json = new String(canonical.bytes(document), StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\"at\":\"2026-08-31T06:00:00Z\",\"extra\":{\"B\":null,\"a\":{\"y\":\"Әбенова\","
                + "\"z\":true},\"b\":1},\"lines\":[{\"animals\":2,\"quantity\":2.50,"
                + "\"scientificName\":\"Falco cherrug\"}],\"number\":\"26KZ000001\","
                + "\"until\":\"2027-02-28\"}");
    // the same document gives the same bytes, whatever order its maps were filled in
    Map<String, Object> reordered = new LinkedHashMap<>();
    reordered.put("B", null);
    reordered.put("a", Map.of("y", "Әбенова", "z", true));
    reordered.put("b", 1);
    assertThat(
            canonical.bytes(
                new Document(
                    document.number(),
                    reordered,
                    document.lines(),
                    document.at(),
                    document.until())))
        .isEqualTo(canonical.bytes(document));
  }
}
