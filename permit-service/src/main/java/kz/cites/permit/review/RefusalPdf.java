package kz.cites.permit.review;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import kz.cites.calendar.Kazakhstan;
import kz.cites.permit.review.domain.RefusalDocument;
import org.springframework.stereotype.Component;

/**
 * The reasoned refusal as a letter: the applicant, each ground with its number and legal reference,
 * the explanation, who decided and when. Rendered from the signed document's payload.
 */
@Component
public class RefusalPdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
  private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);

  public byte[] render(RefusalDocument refusal, String keyId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
      pdf.addTitle("Refusal of application " + refusal.registrationNumber());
      pdf.open();
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
                  + ". Electronically signed (JWS, ES256, key "
                  + keyId
                  + ").",
              TEXT);
      decided.setSpacingBefore(14);
      pdf.add(decided);
      pdf.add(
          new Paragraph(
              "The applicant may apply again once the grounds are removed, or appeal the decision"
                  + " under the law of the Republic of Kazakhstan.",
              TEXT));
      pdf.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot render the refusal", e);
    }
    return out.toByteArray();
  }
}
