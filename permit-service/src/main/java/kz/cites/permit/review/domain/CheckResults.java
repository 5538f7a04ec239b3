package kz.cites.permit.review.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import kz.cites.events.CheckResult;

/**
 * The outcome of every registry check of the application, as {@code VerificationCompleted} reported
 * them; as JSON it is the plain list.
 */
public record CheckResults(List<CheckResult> all) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public CheckResults {
    all = all == null ? List.of() : List.copyOf(all);
  }

  @Override
  @JsonValue
  public List<CheckResult> all() {
    return all;
  }
}
