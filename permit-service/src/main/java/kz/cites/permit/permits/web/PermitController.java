package kz.cites.permit.permits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitForm;
import kz.cites.permit.permits.persistence.PermitRepository;
import kz.cites.web.CurrentUser;
import kz.cites.web.ProblemException;
import kz.cites.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/permits")
@Tag(name = "Permits", description = "Issued CITES permits and re-export certificates")
class PermitController {

  private final PermitRepository permits;
  private final JsonMapper json;

  PermitController(PermitRepository permits, JsonMapper json) {
    this.permits = permits;
    this.json = json;
  }

  @GetMapping("/{number}")
  @Transactional(readOnly = true)
  @Operation(
      summary = "A permit with every form box",
      description =
          "For the holder (the applicant, by IIN or, for a company, by BIN) and for officers,"
              + " operators and customs. Anyone else gets 404, as if it did not exist.")
  PermitView byNumber(@PathVariable String number, Authentication authentication) {
    CurrentUser caller = CurrentUser.of(authentication);
    return permits
        .findByNumber(number)
        .filter(permit -> mayRead(caller, permit))
        .map(permit -> view(caller, permit))
        .orElseThrow(() -> ProblemException.notFound("Permit " + number).with("number", number));
  }

  @GetMapping
  @Transactional(readOnly = true)
  @Operation(
      summary = "The permit issued for an application",
      description =
          "An empty list while nothing is issued, or when the application is not the caller's.")
  List<PermitView> byApplication(
      @RequestParam(required = false) String applicationId, Authentication authentication) {
    CurrentUser caller = CurrentUser.of(authentication);
    return permits.findByApplicationId(applicationId(applicationId)).stream()
        .filter(permit -> mayRead(caller, permit))
        .map(permit -> view(caller, permit))
        .toList();
  }

  /** A missing or malformed id is the client's mistake: a 400 naming the parameter. */
  private static UUID applicationId(String value) {
    try {
      return UUID.fromString(value == null ? "" : value.trim());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
              HttpStatus.BAD_REQUEST,
              Problems.VALIDATION,
              "Invalid request",
              "Query parameter applicationId must be an application id (UUID).")
          .with("field", "applicationId");
    }
  }

  private static boolean mayRead(CurrentUser caller, Permit permit) {
    return isStaff(caller) || permit.heldBy(caller.iin(), caller.bin());
  }

  private static boolean isStaff(CurrentUser caller) {
    return caller.isStaff() || caller.hasRole("CUSTOMS");
  }

  private PermitView view(CurrentUser caller, Permit permit) {
    boolean withCode = caller.hasRole("OFFICER") || permit.heldBy(caller.iin(), caller.bin());
    return PermitView.of(permit, json.readValue(permit.formJson(), PermitForm.class), withCode);
  }
}
