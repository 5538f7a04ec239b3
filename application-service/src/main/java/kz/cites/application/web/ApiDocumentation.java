package kz.cites.application.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.CitesCode;
import kz.cites.application.intake.domain.SignatureVerifier;
import kz.cites.calendar.Kazakhstan;
import kz.cites.web.ProblemCatalogue;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What application-service's OpenAPI says beyond the annotations and platform/web's shared setup
 * ({@code kz.cites.web.ApiDocumentation}: the problem responses of every operation, security,
 * nullness, named enums), each thing in one place: the problem catalogue ({@link ApiProblem}) with
 * its extension members ({@link ProblemSchema}); the allowed values of every code field, taken from
 * its {@code CodeList}; and the whole-request examples of the draft body.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static final String PROBLEM_JSON = "application/problem+json";
  static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

  /** The named whole-request examples of the draft body: component name -> file. */
  static final String DRAFT_EXPORT_INDIVIDUAL = "draft-export-individual";

  static final String DRAFT_IMPORT_COMPANY = "draft-import-company";
  static final String DRAFT_REEXPORT_ENTREPRENEUR = "draft-reexport-entrepreneur";
  static final String DRAFT_EXPORT_HUNTING_TROPHY = "draft-export-hunting-trophy";

  private static final Map<String, String> DRAFT_SUMMARIES =
      inOrder(
          DRAFT_EXPORT_INDIVIDUAL,
          "Export by an individual: two captive-bred saker falcons to a zoo in Germany, with"
              + " their sex and age, the breeder's number and the air waybill",
          DRAFT_IMPORT_COMPANY,
          "Import by a company (LEGAL_ENTITY with bin) with the Uzbek export permit and the"
              + " breeding farm's number",
          DRAFT_REEXPORT_ENTREPRENEUR,
          "Re-export by an individual entrepreneur of a grey parrot of South African origin,"
              + " last re-exported by Turkey",
          DRAFT_EXPORT_HUNTING_TROPHY,
          "Export of a wolf trophy taken in Kazakhstan on 10 Dec 2024 under a hunting permit of"
              + " the 2024/25 season, exported after the season ended: the line names the permit,"
              + " the date of taking and the number of animals; no copy of the permit is needed");

  /** The problem catalogue and its extension members, for platform/web's OpenAPI setup. */
  @Bean
  ProblemCatalogue problemCatalogue() {
    return ProblemCatalogue.of(ApiProblem.class, ProblemSchema.class);
  }

  /** The allowed reasons of a signature problem, and the draft examples. */
  @Bean
  OpenApiCustomizer draftExamplesAndReasons(JsonMapper json, Clock clock) {
    return openApi -> {
      Components components = openApi.getComponents();
      Schema<?> problemSchema = components.getSchemas().get("Problem");
      @SuppressWarnings("unchecked")
      Schema<String> reason = (Schema<String>) problemSchema.getProperties().get("reason");
      reason.setEnum(enumValues(SignatureVerifier.Reason.values()));
      LocalDate plannedDate = LocalDate.now(clock.withZone(Kazakhstan.ZONE)).plusMonths(3);
      for (var draft : DRAFT_SUMMARIES.entrySet()) {
        components.addExamples(
            draft.getKey(),
            new Example()
                .summary(draft.getValue())
                .value(draftExample(draft.getKey(), plannedDate, json)));
      }
    };
  }

  /**
   * Every operation that takes the draft body (create, replace) offers the named whole-request
   * examples, described once here rather than on each operation.
   */
  @Bean
  OperationCustomizer draftBodyExamples() {
    return (operation, handler) -> {
      boolean takesDraft =
          Arrays.stream(handler.getMethodParameters())
              .anyMatch(
                  p ->
                      p.hasParameterAnnotation(
                              org.springframework.web.bind.annotation.RequestBody.class)
                          && p.getParameterType() == ApplicationContent.class);
      if (!takesDraft || operation.getRequestBody() == null) {
        return operation;
      }
      operation.getRequestBody().description("The draft body").required(true);
      var json = operation.getRequestBody().getContent().get("application/json");
      if (json != null) {
        for (String name : DRAFT_SUMMARIES.keySet()) {
          json.addExamples(
              name.substring("draft-".length()),
              new Example().$ref("#/components/examples/" + name));
        }
      }
      return operation;
    };
  }

  /** The allowed values of a code field are the codes of its list, never a copy of them. */
  @Bean
  PropertyCustomizer citesCodeValues() {
    return (property, type) -> {
      Annotation[] annotations = type.getCtxAnnotations();
      if (annotations == null) {
        return property;
      }
      for (Annotation annotation : annotations) {
        if (annotation instanceof CitesCode code) {
          @SuppressWarnings("unchecked")
          Schema<String> strings = (Schema<String>) property;
          strings.setEnum(code.value().codes());
        }
      }
      return property;
    };
  }

  /**
   * A whole draft body from {@code openapi/<name>.json}. The planned transport date must not be in
   * the past, so it is set a few months ahead of today instead of being fixed in the file.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> draftExample(String name, LocalDate plannedDate, JsonMapper json) {
    try (InputStream in = new ClassPathResource("openapi/" + name + ".json").getInputStream()) {
      Map<String, Object> draft =
          json.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() {});
      if (draft.get("transport") instanceof Map<?, ?> transport) {
        ((Map<String, Object>) transport).put("plannedDate", plannedDate.toString());
      }
      return draft;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The examples in the order the document lists them, every build alike. */
  private static Map<String, String> inOrder(String... namesAndSummaries) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndSummaries.length; i += 2) {
      map.put(namesAndSummaries[i], namesAndSummaries[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private static List<String> enumValues(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
