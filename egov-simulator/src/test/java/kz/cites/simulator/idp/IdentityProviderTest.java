package kz.cites.simulator.idp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class IdentityProviderTest {

  private static final String ISSUER = "http://localhost:8090/sim/idp";

  @Autowired MockMvc mvc;

  @Test
  void issuesATokenThatVerifiesAgainstTheJwksAndCarriesThePersonaClaims() throws Exception {
    String token =
        accessToken(
            token(
                    """
                {"iin": "811201401188", "roles": ["APPLICANT"]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.expires_in").value(3600)));

    JWTClaimsSet claims = processor().process(token, null);

    assertThat(claims.getIssuer()).isEqualTo(ISSUER);
    assertThat(claims.getAudience()).containsExactly("cites-api");
    assertThat(claims.getSubject()).isEqualTo("811201401188");
    assertThat(claims.getStringClaim("iin")).isEqualTo("811201401188");
    assertThat(claims.getStringClaim("name")).isEqualTo("Әбенова Айгерім Серікқызы");
    assertThat(claims.getStringListClaim("roles")).containsExactly("APPLICANT");
    assertThat(claims.getClaim("bin")).isNull();
    assertThat(
            Duration.between(
                claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
        .isEqualTo(Duration.ofHours(1));
    assertThat(SignedJWT.parse(token).getHeader().getKeyID()).isNotBlank();
  }

  @Test
  void aPartnerAuthorityTokenNamesItsCountryAndNoOtherTokenDoes() throws Exception {
    String partner =
        accessToken(
            token(
                    """
                {"iin": "750310300714", "roles": ["PARTNER_AUTHORITY"]}
                """)
                .andExpect(status().isOk()));
    assertThat(processor().process(partner, null).getStringClaim("country")).isEqualTo("DE");
    assertThat(processor().process(partner, null).getStringListClaim("roles"))
        .containsExactly("PARTNER_AUTHORITY");

    String applicant =
        accessToken(
            token(
                    """
                {"iin": "811201401188", "roles": ["APPLICANT"]}
                """)
                .andExpect(status().isOk()));
    assertThat(processor().process(applicant, null).getClaim("country")).isNull();
  }

  @Test
  void addsTheBinOnlyForAPersonaActingForThatCompany() throws Exception {
    String token =
        accessToken(
            token(
                    """
                {"iin": "680514304126", "roles": ["APPLICANT"], "bin": "940140000385"}
                """)
                .andExpect(status().isOk()));

    assertThat(processor().process(token, null).getStringClaim("bin")).isEqualTo("940140000385");

    token(
            """
        {"iin": "811201401188", "roles": ["APPLICANT"], "bin": "940140000385"}
        """)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath("$.type").value("https://cites.kz/problems/simulator/not-acting-for-company"))
        .andExpect(jsonPath("$.field").value("bin"));
  }

  @Test
  void refusesAnUnknownIin() throws Exception {
    token(
            """
        {"iin": "061211600012", "roles": ["APPLICANT"]}
        """)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/unknown-persona"))
        .andExpect(jsonPath("$.field").value("iin"));
  }

  @Test
  void refusesThePersonaNoRegistryKnows() throws Exception {
    token(
            """
        {"iin": "990909307412", "roles": ["APPLICANT"]}
        """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/unknown-persona"));
  }

  @Test
  void refusesARoleThePersonaDoesNotHave() throws Exception {
    token(
            """
        {"iin": "811201401188", "roles": ["APPLICANT", "OFFICER"]}
        """)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/role-not-allowed"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("OFFICER")));
  }

  @Test
  void grantsTheOfficerRoleToTheOfficer() throws Exception {
    String token =
        accessToken(
            token(
                    """
                {"iin": "860606407353", "roles": ["OFFICER"]}
                """)
                .andExpect(status().isOk()));

    assertThat(processor().process(token, null).getStringListClaim("roles"))
        .containsExactly("OFFICER");
  }

  @Test
  void namesTheFieldOfAnInvalidRequest() throws Exception {
    token(
            """
        {"iin": "81120140", "roles": []}
        """)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/validation"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.containsInAnyOrder("iin", "roles")));
  }

  @Test
  void publishesOnlyThePublicKey() throws Exception {
    String jwks =
        mvc.perform(get("/sim/idp/jwks"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    JWKSet set = JWKSet.parse(jwks);
    assertThat(set.getKeys()).hasSize(1);
    RSAKey key = set.getKeys().getFirst().toRSAKey();
    assertThat(key.isPrivate()).isFalse();
    assertThat(key.getKeyID()).isNotBlank();
    assertThat(jwks).doesNotContain("\"d\"");
  }

  private ResultActions token(String body) throws Exception {
    return mvc.perform(
        post("/sim/idp/token").contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private static String accessToken(ResultActions result) throws Exception {
    return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.access_token");
  }

  /** Verifies as a resource server would: signature by the JWKS, issuer, audience, expiry. */
  private DefaultJWTProcessor<SecurityContext> processor() throws Exception {
    String jwks = mvc.perform(get("/sim/idp/jwks")).andReturn().getResponse().getContentAsString();
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            JWSAlgorithm.RS256, new ImmutableJWKSet<>(JWKSet.parse(jwks))));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            "cites-api",
            new JWTClaimsSet.Builder().issuer(ISSUER).build(),
            Set.of("sub", "iin", "roles", "iat", "exp")));
    return processor;
  }
}
