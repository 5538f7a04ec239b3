package kz.cites.permit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * How permit-service writes a PDF that reads the same in years: every letter from an embedded font
 * that covers Kazakh, Russian and Latin (DejaVu Sans, bundled under {@code resources/fonts} with
 * its licence), and the file declared PDF/A-1b (OpenPDF's PDF/A-1b checks, an sRGB output intent,
 * XMP metadata, the document's language). The permit and the refusal letter are both written
 * through here.
 *
 * <p>Use {@link #open} instead of {@code PdfWriter.getInstance} and {@code Document.open}, take the
 * fonts from {@link #font}, and call {@link #close} to finish. OpenPDF refuses, while rendering, a
 * font that is not embedded (such as the built-in Helvetica) in a PDF/A document.
 */
public final class ArchivalPdf {

  /** DejaVu Sans, read once: OpenPDF keeps per-document glyph subsets in the writer, not here. */
  private static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");

  private static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

  private ArchivalPdf() {}

  /** DejaVu Sans in the given size, regular or ({@code bold}) bold, embedded as a subset. */
  public static Font font(float size, boolean bold) {
    return new Font(bold ? BOLD : REGULAR, size);
  }

  /**
   * Starts {@code pdf} as a PDF/A-1b document written to {@code out}.
   *
   * @param language the document's main language as a BCP 47 tag (catalog {@code /Lang})
   */
  public static PdfWriter open(
      Document pdf, OutputStream out, String title, String author, String language)
      throws DocumentException, IOException {
    PdfWriter writer = PdfWriter.getInstance(pdf, out);
    writer.setPDFXConformance(PdfWriter.PDFA1B);
    pdf.addTitle(title);
    if (author != null) {
      pdf.addAuthor(author);
    }
    pdf.addCreator("CITES permit service of the Republic of Kazakhstan");
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
    pdf.open();
    // PDF/A-1 colours are device RGB, made device-independent by an sRGB output intent (the JDK's
    // ICC v2 sRGB profile, embedded in the file).
    writer.setOutputIntents(
        "sRGB IEC61966-2.1",
        "",
        "http://www.color.org",
        "sRGB IEC61966-2.1",
        ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    return writer;
  }

  /** Writes the XMP metadata (title, dates, PDF/A identification) from the info and closes. */
  public static void close(Document pdf, PdfWriter writer) {
    writer.createXmpMetadata();
    pdf.close();
  }

  private static BaseFont load(String resource) {
    try (InputStream in = ArchivalPdf.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font " + resource + " is missing from the classpath");
      }
      return BaseFont.createFont(
          resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + resource, e);
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot load font " + resource, e);
    }
  }
}
