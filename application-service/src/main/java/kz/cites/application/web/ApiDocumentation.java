package kz.cites.application.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.CitesCode;
import kz.cites.application.intake.domain.SignatureVerifier;
import kz.cites.calendar.Kazakhstan;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the OpenAPI says beyond the annotations, each thing in one place: the problem catalogue
 * ({@link ApiProblem}) as a shared {@code Problem} schema with one named example per type and the
 * error responses of every operation ({@link ProblemResponses}); the allowed values of every code
 * field, taken from its {@code CodeList}; and the whole-request examples of the draft body.
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
      Map.of(
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

  /** Problems every route can answer: it needs a token and a role, and things can fail. */
  private static final List<ApiProblem> EVERY_ROUTE =
      List.of(
          ApiProblem.UNAUTHENTICATED,
          ApiProblem.FORBIDDEN,
          ApiProblem.METHOD_NOT_ALLOWED,
          ApiProblem.NOT_ACCEPTABLE,
          ApiProblem.REQUEST_REJECTED,
          ApiProblem.MALFORMED_REQUEST,
          ApiProblem.URI_TOO_LONG,
          ApiProblem.HEADERS_TOO_LARGE,
          ApiProblem.INTERNAL);

  /** Adds the problem catalogue and the draft examples to the components. */
  @Bean
  OpenApiCustomizer problemCatalogue(JsonMapper json, Clock clock) {
    return openApi -> {
      Components components = openApi.getComponents();
      ModelConverters.getInstance(true)
          .readAll(new AnnotatedType(ProblemSchema.class))
          .forEach(components::addSchemas);
      Schema<?> problemSchema = components.getSchemas().get("Problem");
      @SuppressWarnings("unchecked")
      Schema<String> reason = (Schema<String>) problemSchema.getProperties().get("reason");
      reason.setEnum(enumValues(SignatureVerifier.Reason.values()));
      for (ApiProblem problem : ApiProblem.values()) {
        components.addExamples(
            exampleName(problem),
            new Example()
                .summary(problem.status().value() + " " + problem.slug())
                .description(problem.when())
                .value(exampleBody(problem, json)));
      }
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
   * The error responses of each operation: those its {@link ProblemResponses} names and those of
   * every route, one response per status listing its types, each type with its named example.
   */
  @Bean
  OperationCustomizer problemResponses() {
    return (operation, handler) -> {
      List<ApiProblem> problems = new ArrayList<>(EVERY_ROUTE);
      ProblemResponses declared = handler.getMethodAnnotation(ProblemResponses.class);
      if (declared != null) {
        problems.addAll(Arrays.asList(declared.value()));
      }
      if (operation.getRequestBody() != null) {
        problems.add(ApiProblem.UNSUPPORTED_MEDIA_TYPE);
        if (operation.getRequestBody().getContent() != null
            && operation.getRequestBody().getContent().containsKey("application/json")) {
          problems.add(ApiProblem.BODY_TOO_LARGE);
        }
      }
      addProblemResponses(operation, problems);
      return operation;
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

  static String exampleName(ApiProblem problem) {
    return "problem-" + problem.slug();
  }

  private static void addProblemResponses(Operation operation, List<ApiProblem> problems) {
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    Map<HttpStatus, List<ApiProblem>> byStatus =
        problems.stream()
            .distinct()
            .collect(
                Collectors.groupingBy(
                    ApiProblem::status,
                    () -> new TreeMap<>(Comparator.comparingInt(HttpStatus::value)),
                    Collectors.toList()));
    byStatus.forEach(
        (status, ofStatus) -> {
          MediaType media = new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA));
          StringBuilder description = new StringBuilder(status.getReasonPhrase()).append(".");
          for (ApiProblem problem : ofStatus) {
            media.addExamples(problem.slug(), new Example().$ref(exampleName(problem)));
            description.append("\n\n`").append(problem.type()).append("`: ").append(problem.when());
          }
          operation
              .getResponses()
              .addApiResponse(
                  String.valueOf(status.value()),
                  new ApiResponse()
                      .description(description.toString())
                      .content(new Content().addMediaType(PROBLEM_JSON, media)));
        });
  }

  private static Map<String, Object> exampleBody(ApiProblem problem, JsonMapper json) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type().toString());
    body.put("title", problem.title());
    body.put("status", problem.status().value());
    body.put("detail", problem.exampleDetail());
    body.putAll(
        json.readValue(problem.exampleMembers(), new TypeReference<Map<String, Object>>() {}));
    return body;
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

  private static List<String> enumValues(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
