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
import kz.cites.permit.review.domain.AppealRoute;
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

  /** The hearing held before the refusal (APC art. 73): the notice and the position, or none. */
  private static void hearing(Document pdf, RefusalDocument.HearingHeld hearing)
      throws DocumentException {
    Paragraph title = new Paragraph("Hearing", BOLD);
    title.setSpacingBefore(10);
    pdf.add(title);
    String notice =
        "The applicant was notified of the preliminary decision to refuse on "
            + local(hearing.notifiedAt())
            + (hearing.answerBy() == null
                ? "."
                : " and could state a position until " + local(hearing.answerBy()) + ".")
            + (hearing.meetingAt() == null
                ? ""
                : " A hearing meeting was set for "
                    + local(hearing.meetingAt())
                    + " at "
                    + hearing.meetingPlace()
                    + ".");
    pdf.add(new Paragraph(notice, TEXT));
    if (hearing.answeredAt() != null) {
      pdf.add(
          new Paragraph(
              "The applicant's position of "
                  + local(hearing.answeredAt())
                  + (hearing.documents().isEmpty()
                      ? ""
                      : " (documents: " + String.join(", ", hearing.documents()) + ")")
                  + ": "
                  + hearing.position(),
              TEXT));
      pdf.add(
          new Paragraph(
              "Why the position did not remove the grounds: see the explanation above.", TEXT));
    } else {
      pdf.add(
          new Paragraph(
              "No position was stated by the deadline"
                  + (hearing.lapsedAt() == null ? "" : " (" + local(hearing.lapsedAt()) + ")")
                  + "; the refusal became final on the grounds notified.",
              TEXT));
    }
  }

  /** To whom and by when the applicant may appeal, with the source of these texts. */
  private static void appeal(Document pdf, RefusalDocument refusal) throws DocumentException {
    Paragraph title = new Paragraph("How to appeal", BOLD);
    title.setSpacingBefore(10);
    pdf.add(title);
    pdf.add(
        new Paragraph(
            "The applicant may apply again once the grounds are removed, or appeal:", TEXT));
    if (refusal.appeal() != null) {
      for (AppealRoute route : refusal.appeal()) {
        Paragraph line =
            new Paragraph(
                "- to "
                    + route.to()
                    + ", "
                    + route.deadline()
                    + (route.consideredWithin() == null
                        ? ""
                        : "; considered within " + route.consideredWithin())
                    + " ("
                    + route.legalBasis()
                    + ").",
                TEXT);
        line.setIndentationLeft(14);
        pdf.add(line);
      }
    }
    if (refusal.appealSource() != null) {
      pdf.add(new Paragraph("Source: " + refusal.appealSource() + ".", TEXT));
    }
  }

  /** An instant as the applicant reads it: Kazakhstan local date and time. */
  private static String local(java.time.Instant instant) {
    return LOCAL.format(instant.atZone(Kazakhstan.ZONE));
  }

  private static final java.time.format.DateTimeFormatter LOCAL =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'Almaty time'");

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
                  + " for a CITES permit is refused under the "
                  + (refusal.rules() == null ? "rules of the state service" : refusal.rules())
                  + ", on the following grounds:",
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
      if (refusal.hearing() != null) {
        hearing(pdf, refusal.hearing());
      }
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
      appeal(pdf, refusal);
      ArchivalPdf.close(pdf, writer);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Cannot render the refusal", e);
    }
    return out.toByteArray();
  }
}
