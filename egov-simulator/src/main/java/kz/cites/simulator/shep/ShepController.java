package kz.cites.simulator.shep;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.simulator.SimulatorProperties;
import kz.cites.simulator.fault.FaultSwitchboard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-government gateway (SHEP) in its synchronous form: one endpoint, the serviceId in the
 * envelope picks the registry. The real one is SOAP signed with national keys; the envelope fields
 * are kept so the adapters exercise the same correlation and authentication logic.
 */
@RestController
@Tag(name = "SHEP", description = "Registries behind the e-government gateway")
class ShepController {

  private static final Logger log = LoggerFactory.getLogger(ShepController.class);

  private final SimulatorProperties properties;
  private final FaultSwitchboard faults;
  private final RegistryQueries queries;
  private final Clock clock = Clock.systemUTC();

  ShepController(SimulatorProperties properties, FaultSwitchboard faults, RegistryQueries queries) {
    this.properties = properties;
    this.faults = faults;
    this.queries = queries;
  }

  @PostMapping(value = "/shep/sync", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Synchronous SHEP call",
      description =
          "serviceId: GBDFL_PERSON, GBDUL_ENTITY, IP_REGISTRY, PAYMENT_RECEIPTS, HUNTING_PERMITS,"
              + " COURT_RECORDS. HTTP 200 for OK and NOT_FOUND, 400 INVALID_REQUEST, 401"
              + " AUTH_FAILED, 500/503 when a fault switch says so.")
  ResponseEntity<?> sync(@RequestBody ShepRequest request) {
    if (request == null) {
      return answer(null, HttpStatus.BAD_REQUEST, ShepAnswer.invalid("Request is empty"));
    }
    List<String> missing = envelopeProblems(request);
    if (!missing.isEmpty()) {
      return answer(
          request, HttpStatus.BAD_REQUEST, ShepAnswer.invalid(String.join("; ", missing)));
    }
    if (!authenticated(request.sender())) {
      return answer(
          request,
          HttpStatus.UNAUTHORIZED,
          new ShepAnswer(ShepAnswer.AUTH_FAILED, "Unknown sender or wrong password", null));
    }
    Optional<ShepService> service = ShepService.byId(request.serviceId());
    if (service.isEmpty()) {
      return answer(
          request,
          HttpStatus.BAD_REQUEST,
          ShepAnswer.invalid("Unknown serviceId " + request.serviceId()));
    }
    return switch (faults.decide(service.get().registry())) {
      case UNAVAILABLE ->
          answer(
              request,
              HttpStatus.SERVICE_UNAVAILABLE,
              new ShepAnswer(
                  ShepAnswer.REGISTRY_UNAVAILABLE,
                  service.get().registry().path() + " registry is down",
                  null));
      case ERROR ->
          answer(
              request,
              HttpStatus.INTERNAL_SERVER_ERROR,
              new ShepAnswer(
                  ShepAnswer.REGISTRY_ERROR,
                  service.get().registry().path() + " registry failed",
                  null));
      case MALFORMED ->
          // Truncated on purpose: adapters must survive a 200 whose body does not parse.
          ResponseEntity.ok()
              .contentType(MediaType.APPLICATION_JSON)
              .body(
                  "{\"messageId\": \""
                      + UUID.randomUUID()
                      + "\", \"correlationId\": \""
                      + request.correlationId()
                      + "\", \"status\": {\"code\": \"OK\", \"payload\": <html>");
      case ANSWER -> {
        ShepAnswer answer = queries.answer(service.get(), request.payload());
        yield answer(
            request,
            ShepAnswer.INVALID_REQUEST.equals(answer.code())
                ? HttpStatus.BAD_REQUEST
                : HttpStatus.OK,
            answer);
      }
    };
  }

  /** A body that is not JSON at all still gets an envelope, just without a correlation id. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ShepResponse> unreadable(HttpMessageNotReadableException e) {
    return answer(
        null, HttpStatus.BAD_REQUEST, ShepAnswer.invalid("Request is not a JSON envelope"));
  }

  private ResponseEntity<ShepResponse> answer(
      ShepRequest request, HttpStatus status, ShepAnswer answer) {
    String correlationId = request == null ? null : request.correlationId();
    log.info(
        "SHEP {} correlationId={} -> {} {}",
        request == null ? null : request.serviceId(),
        correlationId,
        status.value(),
        answer.code());
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new ShepResponse(
                UUID.randomUUID().toString(),
                correlationId,
                clock.instant(),
                new ShepResponse.Status(answer.code(), answer.message()),
                answer.payload()));
  }

  private static List<String> envelopeProblems(ShepRequest request) {
    List<String> problems = new ArrayList<>();
    requireUuid(problems, "messageId", request.messageId());
    requireUuid(problems, "correlationId", request.correlationId());
    if (request.serviceId() == null || request.serviceId().isBlank()) {
      problems.add("serviceId is required");
    }
    if (request.messageDate() == null) {
      problems.add("messageDate is required");
    } else {
      try {
        Instant.parse(request.messageDate());
      } catch (DateTimeParseException e) {
        problems.add("messageDate must be an ISO-8601 instant");
      }
    }
    return problems;
  }

  private static void requireUuid(List<String> problems, String field, String value) {
    if (value == null) {
      problems.add(field + " is required");
      return;
    }
    try {
      UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      problems.add(field + " must be a UUID");
    }
  }

  private boolean authenticated(ShepRequest.Sender sender) {
    return sender != null
        && sameSecret(properties.shep().senderId(), sender.senderId())
        && sameSecret(properties.shep().password(), sender.password());
  }

  /** Constant-time comparison, as a real gateway would do for a password. */
  private static boolean sameSecret(String expected, String given) {
    return given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
