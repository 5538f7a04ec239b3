package kz.cites.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.cites.access.Access;
import kz.cites.access.Role;
import kz.cites.access.RouteRoles;
import kz.cites.access.RouteRule;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one OpenAPI setup of the four services (issue 16): what every document says the same way.
 *
 * <ul>
 *   <li>the header: title, version, how to obtain a token, the one bearer scheme;
 *   <li>the errors: the service's {@link ProblemCatalogue} as one {@code Problem} schema with a
 *       named example per type ({@code #/components/examples/problem-<slug>}), and on every
 *       operation one {@code application/problem+json} response per status listing the types it can
 *       answer: those its {@code @ProblemResponses} names ({@link DocumentsProblems}), those of
 *       every route, and those of a request body;
 *   <li>who may call an operation, from the one route table (platform/access {@link RouteRoles}):
 *       the roles in its description, and {@code security: []} (no 401 or 403) where anybody may;
 *   <li>success bodies as {@code application/json}, never {@code *}{@code /*}; no {@code Accept}
 *       parameter (OpenAPI describes it by the response's media types);
 *   <li>named enum components (an enum is a {@code $ref}, so generated clients get one type for it)
 *       and the nullness of record components ({@link NullnessConverter}).
 * </ul>
 */
@AutoConfiguration(after = WebAutoConfiguration.class)
@ConditionalOnClass(OpenAPI.class)
public class ApiDocumentation {

  public static final String PROBLEM_JSON = "application/problem+json";
  public static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
  public static final String BEARER = "bearer";

  static {
    // one named component per enum: a client gets a type, not an inline list per property
    ModelResolver.enumsAsRef = true;
  }

  /** Problems every route with a token can answer. */
  private static final List<URI> EVERY_ROUTE =
      List.of(
          Problems.UNAUTHENTICATED,
          Problems.FORBIDDEN,
          Problems.METHOD_NOT_ALLOWED,
          Problems.NOT_ACCEPTABLE,
          Problems.REQUEST_REJECTED,
          Problems.MALFORMED_REQUEST,
          Problems.URI_TOO_LONG,
          Problems.HEADERS_TOO_LARGE,
          Problems.INTERNAL);

  /** When platform/web answers its own types, for a catalogue that does not list them. */
  private static final Map<URI, String> SHARED_WHEN =
      inOrder(
          Map.entry(
              Problems.UNAUTHENTICATED,
              "No bearer token, or one that is expired, not signed by the identity provider or not"
                  + " meant for this API."),
          Map.entry(Problems.FORBIDDEN, "The token's roles do not allow this route."),
          Map.entry(
              Problems.METHOD_NOT_ALLOWED,
              "The path exists but not with this HTTP method (the Allow header lists those it"
                  + " takes); mostly the role rules answer 403 forbidden first."),
          Map.entry(
              Problems.NOT_ACCEPTABLE,
              "The Accept header names no representation the operation produces; the problem"
                  + " comes as application/problem+json even when Accept excludes it."),
          Map.entry(
              Problems.UNSUPPORTED_MEDIA_TYPE,
              "The request body's Content-Type is not the one the operation consumes."),
          Map.entry(
              Problems.BODY_TOO_LARGE,
              "A JSON request body over cites.web.max-json-body-size (1 MB on a service's port;"
                  + " the gateway's route cap comes first)."),
          Map.entry(
              Problems.MALFORMED_BODY,
              "The body is not JSON of the expected shape (a wrong type, an unknown enum value, a"
                  + " key given twice). field is the JSON path where reading failed, when known."),
          Map.entry(
              Problems.REQUEST_REJECTED,
              "The path holds a sequence two parsers could read differently: ;, %2F, \\, %5C,"
                  + " %25, %00 or .."),
          Map.entry(
              Problems.MALFORMED_REQUEST,
              "The request cannot be read as HTTP (a character no URL may hold, a broken"
                  + " percent-encoding, a required header missing)."),
          Map.entry(
              Problems.URI_TOO_LONG,
              "The request line is longer than this API accepts (4 KB at the gateway)."),
          Map.entry(
              Problems.HEADERS_TOO_LARGE,
              "The request headers are larger than this API accepts (8 KB)."),
          Map.entry(
              Problems.CONFLICT,
              "Another request changed the same data at the same moment; nothing was changed."
                  + " Reload and retry."),
          Map.entry(
              Problems.INTERNAL,
              "An unexpected failure; nothing was changed. The log has the cause under the"
                  + " response's X-Correlation-Id."));

  /** The entries in their order (the document lists the shared types in it, every build alike). */
  @SafeVarargs
  private static <K, V> Map<K, V> inOrder(Map.Entry<K, V>... entries) {
    Map<K, V> map = new LinkedHashMap<>();
    for (Map.Entry<K, V> entry : entries) {
      map.put(entry.getKey(), entry.getValue());
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * The document's header.
   *
   * @param tokenUrl where a client obtains a token (on a development or test stack, the simulator's
   *     identity provider)
   */
  @Bean
  @ConditionalOnMissingBean
  OpenAPI citesOpenApi(
      @Value("${spring.application.name}") String name,
      @Value("${cites.api.description:}") String description,
      @Value("${cites.api.token-url:http://localhost:8090/sim/idp/token}") String tokenUrl,
      ObjectProvider<ProblemCatalogue> catalogues,
      MessageSource messages,
      JsonMapper json) {
    Components components = new Components();
    problemComponents(
        components, catalogues.getIfAvailable(ApiDocumentation::emptyCatalogue), messages, json);
    return new OpenAPI()
        .info(
            new Info()
                .title("CITES permits: " + name)
                .version("v1")
                .description(
                    (description.isBlank() ? "" : description + "\n\n") + tokenHowTo(tokenUrl)))
        .components(
            components.addSecuritySchemes(
                BEARER,
                new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .bearerFormat("JWT")
                    .description(
                        "Access token (JWT, audience cites-api) of the e-government identity"
                            + " provider, sent as `Authorization: Bearer <token>`; its"
                            + " `roles` claim says what the caller may do, `iin` (and `bin`"
                            + " when acting for a company) who the caller is. "
                            + tokenHowTo(tokenUrl))))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  static String tokenHowTo(String tokenUrl) {
    return "**Obtaining a token.** Every operation that is not marked public needs a bearer token"
        + " of the identity provider. On a development or test stack, the simulator issues one"
        + " for a seeded persona: `POST "
        + tokenUrl
        + "` with `{\"iin\": \"811201401188\", \"roles\": [\"APPLICANT\"]}` (add `\"bin\"` to act"
        + " for a company) answers `{\"access_token\": \"<JWT>\"}`; in production the portal's"
        + " identity provider issues it at sign-in.";
  }

  /**
   * Adds the {@code Problem} schema and one named example per type of the catalogue (to the
   * document's base, so that a service's own customizers find them whatever their order).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void problemComponents(
      Components components, ProblemCatalogue catalogue, MessageSource messages, JsonMapper json) {
    {
      // read with the nullness rules too (springdoc's converters are not registered yet here)
      ModelConverters converters = new ModelConverters(true);
      converters.addConverter(new NullnessConverter());
      Map<String, Schema> base = converters.readAll(new AnnotatedType(ProblemDocument.class));
      base.forEach(components::addSchemas);
      if (catalogue.extensions() != null) {
        // the service's extension members become properties of the one Problem schema
        String extensionName = schemaName(catalogue.extensions());
        Schema<?> problem = components.getSchemas().get("Problem");
        Components into = components;
        converters
            .readAll(new AnnotatedType(catalogue.extensions()))
            .forEach(
                (name, schema) -> {
                  if (name.equals(extensionName)) {
                    ((Map<String, Schema>) schema.getProperties())
                        .forEach((property, s) -> problem.addProperty(property, s));
                  } else {
                    into.getSchemas().putIfAbsent(name, schema);
                  }
                });
      }
      for (ProblemType problem : problems(catalogue)) {
        components.addExamples(
            exampleName(catalogue, problem),
            new Example()
                .summary(problem.status().value() + " " + problem.slug())
                .description(problem.when())
                .value(exampleBody(problem, messages, json)));
      }
    }
  }

  /**
   * The error responses of each operation, and who may call it, from the route table: a public
   * operation declares {@code security: []} (unless it declares a scheme of its own) and answers no
   * {@code unauthenticated} or {@code forbidden}.
   */
  @Bean
  OperationCustomizer problemResponses(ObjectProvider<ProblemCatalogue> catalogues) {
    return (operation, handler) -> {
      ProblemCatalogue catalogue = catalogues.getIfAvailable(ApiDocumentation::emptyCatalogue);
      Optional<RouteRule> rule = rule(handler);
      boolean open = rule.map(r -> r.access() instanceof Access.Anybody).orElse(false);
      List<ProblemType> answered = new ArrayList<>();
      for (URI type : EVERY_ROUTE) {
        if (open && (type.equals(Problems.UNAUTHENTICATED) || type.equals(Problems.FORBIDDEN))) {
          continue;
        }
        answered.add(find(catalogue, type));
      }
      answered.addAll(declared(handler));
      if (operation.getRequestBody() != null) {
        answered.add(find(catalogue, Problems.UNSUPPORTED_MEDIA_TYPE));
        Content content = operation.getRequestBody().getContent();
        if (content != null && content.containsKey("application/json")) {
          answered.add(find(catalogue, Problems.BODY_TOO_LARGE));
          if (answered.stream().noneMatch(p -> p.type().equals(Problems.MALFORMED_BODY))) {
            answered.add(find(catalogue, Problems.MALFORMED_BODY));
          }
        }
      }
      if (operation.getResponses() == null) {
        operation.setResponses(new ApiResponses());
      }
      // what springdoc guessed from the exception handlers: replaced by the catalogue's types
      operation
          .getResponses()
          .keySet()
          .removeIf(code -> code.startsWith("4") || code.startsWith("5"));
      addProblemResponses(operation, catalogue, answered);
      if (operation.getParameters() != null) {
        // OpenAPI describes Accept by the response's media types, never as a parameter
        operation
            .getParameters()
            .removeIf(
                p ->
                    "header".equals(p.getIn())
                        && (HttpHeaders.ACCEPT.equalsIgnoreCase(p.getName())
                            || HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(p.getName())
                            || HttpHeaders.AUTHORIZATION.equalsIgnoreCase(p.getName())));
      }
      rule.ifPresent(r -> describeAccess(operation, r, open));
      return operation;
    };
  }

  /**
   * Success bodies springdoc could not type ({@code *}{@code /*}) are JSON; a named enum without a
   * description of its own says what it is.
   */
  @Bean
  OpenApiCustomizer jsonSuccessBodies(ObjectProvider<SchemaDescriptions> described) {
    return openApi -> {
      if (!NullnessConverter.COLLISIONS.isEmpty()) {
        throw new IllegalStateException(String.join("; ", NullnessConverter.COLLISIONS));
      }
      Map<String, String> descriptions =
          described.getIfAvailable(() -> new SchemaDescriptions(Map.of())).descriptions();
      if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
        openApi
            .getComponents()
            .getSchemas()
            .forEach(
                (name, schema) -> {
                  nullInEnums(schema);
                  if ((schema.getDescription() == null || schema.getDescription().isBlank())
                      && descriptions.containsKey(name)) {
                    schema.setDescription(descriptions.get(name));
                  }
                  if (schema.getEnum() != null
                      && (schema.getDescription() == null || schema.getDescription().isBlank())) {
                    schema.setDescription(
                        "The values of "
                            + name
                            + " (a closed list: a value not listed here is refused in a request"
                            + " and not sent in an answer without a new version of this"
                            + " document).");
                  }
                });
      }
      if (openApi.getPaths() == null) {
        return;
      }
      openApi
          .getPaths()
          .values()
          .forEach(
              item ->
                  item.readOperations()
                      .forEach(
                          operation -> {
                            if (operation.getResponses() == null) {
                              return;
                            }
                            operation
                                .getResponses()
                                .forEach(
                                    (code, response) -> {
                                      Content content = response.getContent();
                                      if (content != null && content.containsKey("*/*")) {
                                        MediaType any = content.remove("*/*");
                                        content.putIfAbsent("application/json", any);
                                      }
                                    });
                          }));
    };
  }

  /**
   * A member that may be null and has a closed list of values lists null among them too: JSON
   * Schema checks {@code enum} besides {@code type}, so {@code "type": ["string", "null"]} with
   * {@code "enum": ["KIL", ...]} would refuse the null it allows.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void nullInEnums(Schema<?> schema) {
    if (schema == null) {
      return;
    }
    boolean nullable =
        Boolean.TRUE.equals(schema.getNullable())
            || (schema.getTypes() != null && schema.getTypes().contains("null"));
    if (nullable && schema.getEnum() != null && !schema.getEnum().contains(null)) {
      List values = new ArrayList<>(schema.getEnum());
      values.add(null);
      ((Schema) schema).setEnum(values);
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(ApiDocumentation::nullInEnums);
    }
    nullInEnums(schema.getItems());
  }

  /** The nullness of record components, for every schema of the service's own types. */
  @Bean
  NullnessConverter nullnessConverter() {
    return new NullnessConverter();
  }

  private static void describeAccess(Operation operation, RouteRule rule, boolean open) {
    String who =
        switch (rule.access()) {
          case Access.Anybody ignored -> "anybody, no bearer token";
          case Access.SignedIn ignored -> "anybody signed in (any role)";
          case Access.AnyOf anyOf ->
              "roles "
                  + anyOf.roles().stream()
                      .sorted()
                      .map(Role::name)
                      .collect(Collectors.joining(", "));
        };
    String description = operation.getDescription() == null ? "" : operation.getDescription();
    if (!description.contains("**Who:**")) {
      operation.setDescription(
          (description.isBlank() ? "" : description + "\n\n") + "**Who:** " + who + ".");
    }
    if (open && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
      operation.setSecurity(new ArrayList<>());
    }
  }

  /** The line of the route table that serves the handler's path and method. */
  static Optional<RouteRule> rule(HandlerMethod handler) {
    RequestMapping onMethod =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
    if (onMethod == null) {
      return Optional.empty();
    }
    RequestMapping onType =
        AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
    List<String> prefixes =
        onType == null || onType.path().length == 0 ? List.of("") : List.of(onType.path());
    List<String> suffixes = onMethod.path().length == 0 ? List.of("") : List.of(onMethod.path());
    List<String> methods =
        Arrays.stream(onMethod.method()).map(Enum::name).toList().isEmpty()
            ? List.of("GET")
            : Arrays.stream(onMethod.method()).map(Enum::name).toList();
    AntPathMatcher matcher = new AntPathMatcher();
    for (String prefix : prefixes) {
      for (String suffix : suffixes) {
        String path = (prefix + suffix).replaceAll("\\{[^/}]+}", "x");
        for (RouteRule rule : RouteRoles.all()) {
          if (methods.contains(rule.method())
              && rule.paths().stream().anyMatch(p -> matcher.match(p, path))) {
            return Optional.of(rule);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The types the handler's {@code @ProblemResponses} (a {@link DocumentsProblems}) names. */
  private static List<ProblemType> declared(HandlerMethod handler) {
    List<ProblemType> declared = new ArrayList<>();
    Method method = handler.getMethod();
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(DocumentsProblems.class)) {
        try {
          Object value = annotation.annotationType().getMethod("value").invoke(annotation);
          for (Object problem : (Object[]) value) {
            declared.add((ProblemType) problem);
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(
              annotation.annotationType() + " needs value() of ProblemType[]", e);
        }
      }
    }
    return declared;
  }

  private static void addProblemResponses(
      Operation operation, ProblemCatalogue catalogue, List<ProblemType> problems) {
    Map<HttpStatus, List<ProblemType>> byStatus =
        problems.stream()
            .distinct()
            .collect(
                Collectors.groupingBy(
                    ProblemType::status,
                    () -> new TreeMap<>(Comparator.comparingInt(HttpStatus::value)),
                    Collectors.toList()));
    byStatus.forEach(
        (status, ofStatus) -> {
          MediaType media = new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA));
          StringBuilder description = new StringBuilder(status.getReasonPhrase()).append(".");
          Map<String, Boolean> seen = new HashMap<>();
          for (ProblemType problem : ofStatus) {
            String name = exampleName(catalogue, problem);
            if (seen.putIfAbsent(name, true) != null) {
              continue;
            }
            media.addExamples(
                name.substring("problem-".length()),
                new Example().$ref("#/components/examples/" + name));
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

  /** Every type of the catalogue and the shared ones it does not list. */
  private static List<ProblemType> problems(ProblemCatalogue catalogue) {
    List<ProblemType> all = new ArrayList<>(catalogue.problems());
    for (URI type : SHARED_WHEN.keySet()) {
      if (all.stream().noneMatch(p -> p.type().equals(type))) {
        all.add(shared(type));
      }
    }
    return all;
  }

  /** The catalogue's entry of {@code type}, or platform/web's own. */
  private static ProblemType find(ProblemCatalogue catalogue, URI type) {
    return catalogue.problems().stream()
        .filter(p -> p.type().equals(type))
        .findFirst()
        .orElseGet(() -> shared(type));
  }

  private static ProblemType shared(URI type) {
    int status = StatusProblems.statusOf(type);
    String title =
        StatusProblems.TEXTS.text(
            Language.EN, ProblemType.titleKey(type.toString().substring(Problems.BASE.length())));
    ProblemSpec spec =
        new ProblemSpec(type, HttpStatus.valueOf(status), title, SHARED_WHEN.get(type));
    return new SharedProblem(spec);
  }

  /** A type platform/web answers that the service's catalogue does not list. */
  private record SharedProblem(ProblemSpec spec) implements ProblemType {}

  /**
   * The name of a type's example: {@code problem-<slug>}; a second entry of the catalogue with the
   * same type is told apart by its constant's name.
   */
  static String exampleName(ProblemCatalogue catalogue, ProblemType problem) {
    String name = "problem-" + problem.slug();
    List<ProblemType> same =
        catalogue.problems().stream().filter(p -> p.type().equals(problem.type())).toList();
    if (same.size() > 1 && same.indexOf(problem) > 0 && problem instanceof Enum<?> constant) {
      name += "-" + constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
    return name;
  }

  private static Map<String, Object> exampleBody(
      ProblemType problem, MessageSource messages, JsonMapper json) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type().toString());
    body.put("title", problem.title());
    body.put("status", problem.status().value());
    String detail = problem.exampleDetail();
    if (detail == null) {
      detail =
          messages.getMessage(
              ProblemType.detailKey(problem.slug()), null, problem.when(), Language.EN.locale());
    }
    body.put("detail", detail);
    body.putAll(
        json.readValue(problem.exampleMembers(), new TypeReference<Map<String, Object>>() {}));
    return body;
  }

  private static String schemaName(Class<?> type) {
    io.swagger.v3.oas.annotations.media.Schema schema =
        type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
    return schema != null && !schema.name().isBlank() ? schema.name() : type.getSimpleName();
  }

  private static ProblemCatalogue emptyCatalogue() {
    return new ProblemCatalogue(List.of(), null);
  }
}
