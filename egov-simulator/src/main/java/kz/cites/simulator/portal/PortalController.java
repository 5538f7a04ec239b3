package kz.cites.simulator.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import kz.cites.simulator.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A portal receiving the status push: configure a receiver with the secret the service showed,
 * register {@code /sim/portal/webhooks/{receiver}} as the webhook URL, switch it down and up, and
 * read what it received.
 */
@RestController
@RequestMapping("/sim/portal")
@Tag(name = "Portal receivers", description = "A portal receiving the service's webhooks")
class PortalController {

  private static final String NAME = "[A-Za-z0-9-]{1,64}";

  private final PortalReceivers receivers;

  PortalController(PortalReceivers receivers) {
    this.receivers = receivers;
  }

  /** The secret a receiver verifies with. */
  record Configuration(
      @NotBlank
          @Pattern(regexp = "(whsec_)?[A-Za-z0-9+/]+={0,2}", message = "must be whsec_ and base64")
          String secret) {}

  /** Down: every request is answered 503. */
  record Outage(@NotNull Boolean down) {}

  @PutMapping("/receivers/{receiver}")
  @Operation(summary = "Configure a receiver with its webhook secret (whsec_...)")
  PortalReceivers.State configure(
      @PathVariable String receiver, @Valid @RequestBody Configuration configuration) {
    return receivers.configure(name(receiver), configuration.secret());
  }

  @PostMapping("/receivers/{receiver}/outage")
  @Operation(summary = "Switch a receiver down (503 to every delivery) or up")
  PortalReceivers.State outage(@PathVariable String receiver, @Valid @RequestBody Outage outage) {
    return receivers.outage(name(receiver), outage.down()).orElseThrow(() -> unknown(receiver));
  }

  @GetMapping("/receivers/{receiver}/deliveries")
  @Operation(summary = "What a receiver received (in order, repeats counted) and refused")
  PortalReceivers.State deliveries(@PathVariable String receiver) {
    return receivers.state(name(receiver));
  }

  @DeleteMapping("/receivers/{receiver}")
  @Operation(summary = "Forget a receiver and what it received")
  ResponseEntity<Void> forget(@PathVariable String receiver) {
    receivers.forget(name(receiver));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/webhooks/{receiver}")
  @Operation(
      summary = "The webhook URL of a receiver",
      description =
          "204 when the Standard Webhooks signature holds (a repeated webhook-id too, counted);"
              + " 401 when it does not or the timestamp is more than 5 minutes off; 503 while the"
              + " receiver is down; 404 for a receiver without a secret.")
  ResponseEntity<Void> receive(
      @PathVariable String receiver,
      @RequestHeader(name = "webhook-id", required = false) String id,
      @RequestHeader(name = "webhook-timestamp", required = false) String timestamp,
      @RequestHeader(name = "webhook-signature", required = false) String signature,
      @RequestBody(required = false) byte[] body) {
    return switch (receivers.receive(
        name(receiver), id, timestamp, signature, body == null ? new byte[0] : body)) {
      case ACCEPTED, DUPLICATE -> ResponseEntity.noContent().build();
      case DOWN -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
      case INVALID_SIGNATURE -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
      case UNKNOWN_RECEIVER -> throw unknown(receiver);
    };
  }

  private static String name(String receiver) {
    if (!receiver.matches(NAME)) {
      throw Problems.invalidField("receiver", "must be 1 to 64 letters, digits or '-'");
    }
    return receiver;
  }

  private static ErrorResponseException unknown(String receiver) {
    return Problems.of(
        HttpStatus.NOT_FOUND,
        Problems.NOT_FOUND,
        "Unknown receiver",
        "receiver",
        "No receiver '"
            + receiver
            + "'; configure it first: PUT /sim/portal/receivers/"
            + receiver);
  }
}
