package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import kz.cites.application.intake.ApplicationDocuments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A document is a PDF, JPEG or PNG by its content (not by its name), of a known type, capped in
 * size, kept with its SHA-256, and read by its owner and the authority only.
 */
class DocumentUploadApiTest extends IntakeApiTest {

  @Test
  void documentsAreRecognisedByContentCappedInSizeAndReadByTheirOwnerOnly() throws Exception {
    String location = created(Drafts.export());
    byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
    JsonNode uploaded =
        json.readTree(
            upload(location, "SCIENTIFIC_OPINION", "../../etc/opinion.pdf", png)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/png"))
                .andExpect(jsonPath("$.fileName").value("opinion.pdf"))
                .andExpect(jsonPath("$.sha256").value(ApplicationDocuments.sha256(png)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    String download = location + "/documents/" + uploaded.path("id").asString();
    byte[] back =
        mvc.perform(get(download).with(applicant(OWNER)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(back).isEqualTo(png);
    mvc.perform(get(download).with(applicant(OTHER))).andExpect(status().isNotFound());
    mvc.perform(get(download).with(officer())).andExpect(status().isOk());

    upload(location, "CONTRACT", "contract.pdf", "just text".getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "unsupported-document-format"))
        .andExpect(jsonPath("$.field").value("file"));
    upload(location, "PASSPORT", "p.pdf", pdf(10))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("type"));
    // over the file cap (64 KB in tests): refused by the controller
    upload(location, "CONTRACT", "big.pdf", pdf(64 * 1024 + 1))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "document-too-large"));
    // over the request cap (80 KB): refused from Content-Length before the body is read
    upload(location, "CONTRACT", "huge.pdf", pdf(100 * 1024))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "document-too-large"));
    upload(location, "CONTRACT", "ok.pdf", pdf(64 * 1024)).andExpect(status().isCreated());
    upload(location, OTHER, "CONTRACT", "x.pdf", pdf(10)).andExpect(status().isNotFound());
    JsonNode view = read(get(location).with(applicant(OWNER)));
    assertThat(view.path("documents").size()).isEqualTo(2);
  }
}
