package kz.cites.simulator.idp;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OAuth 2.0 token response field names (RFC 6749, section 5.1). */
record TokenResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn) {}
