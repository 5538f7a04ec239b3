package kz.cites.simulator.fault;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How a registry misbehaves. Absent members mean "no fault".
 *
 * @param latencyMs delay before answering
 * @param errorRate share of calls (0..1) answered with HTTP 500
 * @param down every call answered with HTTP 503
 * @param malformed every call answered with HTTP 200 and a body that is not JSON
 */
public record FaultSettings(
    @Min(0) @Max(120_000) Integer latencyMs,
    @DecimalMin("0.0") @DecimalMax("1.0") Double errorRate,
    Boolean down,
    Boolean malformed) {

  public static final FaultSettings NONE = new FaultSettings(0, 0.0, false, false);

  public FaultSettings {
    latencyMs = latencyMs == null ? 0 : latencyMs;
    errorRate = errorRate == null ? 0.0 : errorRate;
    down = down != null && down;
    malformed = malformed != null && malformed;
  }
}
