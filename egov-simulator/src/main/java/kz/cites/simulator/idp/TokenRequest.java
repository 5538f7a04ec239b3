package kz.cites.simulator.idp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * Ask for a token as a persona.
 *
 * @param bin the company to act for; only granted when the persona acts for it
 */
record TokenRequest(
    @NotBlank @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String iin,
    @NotEmpty List<@NotBlank String> roles,
    @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String bin) {}
