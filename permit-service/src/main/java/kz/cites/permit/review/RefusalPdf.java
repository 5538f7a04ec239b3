package kz.cites.permit.review;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import kz.cites.calendar.Kazakhstan;
import kz.cites.permit.ArchivalPdf;
import kz.cites.permit.review.domain.RefusalDocument;
import org.springframework.stereotype.Component;

/**
 * The reasoned refusal as a letter: the applicant, each ground with its number and legal reference,
 * the explanation, who decided and when. Rendered from the signed document's payload, as an
 * archival PDF ({@link ArchivalPdf}) whose font prints Kazakh and Russian names and explanations.
 */
@Component
public class RefusalPdf {

  private static final Font TITLE = ArchivalPdf.font(13, true);
  private static final Font TEXT = ArchivalPdf.font(10, false);
  private static final Font BOLD = ArchivalPdf.font(10, true);

  public byte[] render(RefusalDocument refusal, String signature) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      // the letter's own words are English; the applicant's name and the explanation may be
      // Kazakh or Russian
      PdfWriter writer =
          ArchivalPdf.open(
              pdf,
              out,
              "Refusal of application " + refusal.registrationNumber(),
              refusal.issuingAuthority(),
              "en");
      pdf.add(new Paragraph(refusal.issuingAuthority(), BOLD));
      Paragraph title = new Paragraph("REASONED REFUSAL", TITLE);
      title.setAlignment(Element.ALIGN_CENTER);
      title.setSpacingBefore(12);
      title.setSpacingAfter(12);
      pdf.add(title);
      pdf.add(
          new Paragraph(
              "To: "
                  + refusal.applicantName()
                  + (refusal.applicantBin() != null
                      ? " (BIN " + refusal.applicantBin() + ")"
                      : " (IIN " + refusal.applicantIin() + ")"),
              TEXT));
      pdf.add(
          new Paragraph(
              "Application "
                  + refusal.registrationNumber()
                  + " for a CITES permit is refused on the following grounds:",
              TEXT));
      for (RefusalDocument.Ground ground : refusal.grounds()) {
        Paragraph line =
            new Paragraph(
                "Ground "
                    + ground.number()
                    + " ("
                    + ground.ground()
                    + "): "
                    + ground.legalReference(),
                TEXT);
        line.setIndentationLeft(14);
        pdf.add(line);
      }
      Paragraph reasonTitle = new Paragraph("Explanation", BOLD);
      reasonTitle.setSpacingBefore(10);
      pdf.add(reasonTitle);
      pdf.add(new Paragraph(refusal.reason(), TEXT));
      Paragraph decided =
          new Paragraph(
              (refusal.automatic()
                      ? "Decided automatically by the rules"
                      : "Decided by officer " + refusal.decidedBy())
                  + " on "
                  + LocalDate.ofInstant(refusal.decidedAt(), Kazakhstan.ZONE)
                  + ". "
                  + signature
                  + ".",
              TEXT);
      decided.setSpacingBefore(14);
      pdf.add(decided);
      pdf.add(
          new Paragraph(
              "The applicant may apply again once the grounds are removed, or appeal the decision"
                  + " under the law of the Republic of Kazakhstan.",
              TEXT));
      ArchivalPdf.close(pdf, writer);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Cannot render the refusal", e);
    }
    return out.toByteArray();
  }
}
