package kz.cites.permit.permits.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import kz.cites.permit.permits.RequestedLine;

/**
 * A quantity stated of one permit line in a request body (customs' endorsement, the importing
 * country's confirmation), the line numbered from 1 in the permit's order.
 */
record LineBody(
    @NotNull Integer line,
    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 3) BigDecimal quantity) {

  RequestedLine requested() {
    return new RequestedLine(line, quantity);
  }
}
