package kz.cites.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What every PDF of permit-service must be, read back with PDFBox as any reader would. */
public final class ArchivalPdfs {

  /** The nine letters of the Kazakh alphabet that Russian has not, in both cases. */
  public static final String KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

  private ArchivalPdfs() {}

  /**
   * Asserts that every font of {@code pdf} is embedded and that the file declares PDF/A-1b with an
   * output intent, and returns its text.
   */
  public static String textOfAnArchivalPdf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
        }
      }
      assertThat(fonts).isNotEmpty().noneMatch(font -> font.endsWith("(not embedded)"));

      assertThat(document.getVersion()).isEqualTo(1.4f);
      assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
      assertThat(document.getDocumentCatalog().getLanguage()).isNotBlank();
      String xmp;
      try (var metadata = document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
        xmp = new String(metadata.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(xmp)
          .containsPattern("pdfaid:part(>|=\")1")
          .containsPattern("pdfaid:conformance(>|=\")B")
          .contains(document.getDocumentInformation().getTitle());
      return new PDFTextStripper().getText(document);
    }
  }
}
