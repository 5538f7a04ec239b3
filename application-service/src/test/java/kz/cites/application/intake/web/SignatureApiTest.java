package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import kz.cites.application.signature.TestNca;
import org.junit.jupiter.api.Test;

/**
 * The EDS of a submission: a detached CMS by the applicant's NCA certificate over the current
 * signing payload, the canonical JSON of the draft and its documents. Any other signature is
 * refused with its reason and registers nothing.
 */
class SignatureApiTest extends IntakeApiTest {

  @Test
  void aSignatureOverAnotherPayloadOrOfAnotherPersonRegistersNothing() throws Exception {
    String location = created(Drafts.export());
    String signedBefore = signed(location, OWNER);
    upload(location, "SCIENTIFIC_OPINION", "o.pdf", pdf(10)).andExpect(status().isCreated());
    submitWith(location, signedBefore)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-signature"))
        .andExpect(jsonPath("$.field").value("signature"))
        .andExpect(jsonPath("$.reason").value("SIGNATURE_INVALID"));
    byte[] bytes = signingPayload(location, OWNER);
    submitWith(location, signature(TestNca.sign(bytes, OTHER, null, NOW)))
        .andExpect(jsonPath("$.reason").value("IIN_MISMATCH"));
    submitWith(location, "{}").andExpect(jsonPath("$.reason").value("SIGNATURE_MISSING"));
    assertThat(read(get(location).with(applicant(OWNER))).path("status").asString())
        .isEqualTo("DRAFT");
    // the payload is canonical JSON: sorted members, no nulls, documents by hash
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\"applicationId\":").doesNotContain("null").doesNotContain(" \"");
    assertThat(text).contains("\"quantity\":2,");
    submitWith(location, signed(location, OWNER)).andExpect(status().isAccepted());
  }
}
