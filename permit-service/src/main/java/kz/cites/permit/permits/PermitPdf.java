package kz.cites.permit.permits;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import javax.imageio.ImageIO;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.permit.ArchivalPdf;
import kz.cites.permit.permits.domain.PermitDocument;
import kz.cites.permit.permits.domain.PermitForm;
import org.springframework.stereotype.Component;

/**
 * The permit printed on the layout of the CITES form (Res. Conf. 12.3, Annex 2), boxes numbered as
 * there, with a QR code of the public verification address. Rendered from the signed document's
 * payload, so the paper says exactly what was signed. Written as an archival PDF ({@link
 * ArchivalPdf}): names are printed as the registry holds them, in Kazakh or Russian Cyrillic, with
 * the Latin transliteration under them for readers abroad.
 */
@Component
public class PermitPdf {

  private static final Font TITLE = ArchivalPdf.font(12, true);
  private static final Font LABEL = ArchivalPdf.font(7, false);
  private static final Font VALUE = ArchivalPdf.font(9, true);
  private static final int QR_PIXELS = 300;

  public byte[] render(PermitDocument permit, String signature) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4, 36, 36, 36, 36);
    try {
      // the form's own words are English (the CITES model form); names may be Kazakh or Russian
      PdfWriter writer =
          ArchivalPdf.open(
              pdf, out, "CITES permit " + permit.number(), permit.issuingAuthority(), "en");
      Paragraph title =
          new Paragraph(
              "CONVENTION ON INTERNATIONAL TRADE IN ENDANGERED SPECIES OF WILD FAUNA AND FLORA",
              TITLE);
      title.setAlignment(Element.ALIGN_CENTER);
      pdf.add(title);
      Paragraph kind = new Paragraph(kind(permit), TITLE);
      kind.setAlignment(Element.ALIGN_CENTER);
      kind.setSpacingAfter(8);
      pdf.add(kind);

      PdfPTable boxes = new PdfPTable(2);
      boxes.setWidthPercentage(100);
      boxes.addCell(
          box("1. Permit / certificate No. and type", permit.number() + "   " + type(permit)));
      boxes.addCell(box("2. Valid until", String.valueOf(permit.validUntil())));
      boxes.addCell(box("3. Importer (name and address)", party(permit.importer())));
      boxes.addCell(
          box("4. Exporter / re-exporter (name, address, country)", party(permit.exporter())));
      boxes.addCell(box("5. Special conditions", orDash(permit.specialConditions())));
      boxes.addCell(
          box(
              "5a. Purpose of the transaction   5b. Security stamp No.",
              orDash(permit.purposeCode()) + "   " + permit.securityStampNumber()));
      PdfPCell authority =
          box("6. Name and address of the Management Authority", permit.issuingAuthority());
      authority.setColspan(2);
      boxes.addCell(authority);
      pdf.add(boxes);

      PdfPTable specimens = new PdfPTable(new float[] {3, 2, 3, 1.4f, 2, 3});
      specimens.setWidthPercentage(100);
      specimens.setSpacingBefore(6);
      for (String header :
          new String[] {
            "7/8. Scientific name",
            "9. Description (term)",
            "9. Marks",
            "10. Source",
            "11. Quantity (unit)",
            "12. Origin, permit No., date"
          }) {
        specimens.addCell(new PdfPCell(new Phrase(header, LABEL)));
      }
      for (ApplicationSnapshot.Specimen s : permit.specimens()) {
        specimens.addCell(value(s.scientificName()));
        specimens.addCell(value(s.termCode()));
        specimens.addCell(value(s.marks()));
        specimens.addCell(value(s.sourceCode()));
        specimens.addCell(value(quantity(s.quantity(), s.unitCode())));
        specimens.addCell(value(origin(s)));
      }
      pdf.add(specimens);

      PdfPTable footer = new PdfPTable(new float[] {3, 1.3f});
      footer.setWidthPercentage(100);
      footer.setSpacingBefore(6);
      footer.addCell(
          box(
              "13. Issued by (place, date, officer) - electronically signed",
              permit.issuePlace()
                  + ", "
                  + permit.issuedOn()
                  + ", officer "
                  + permit.issuedBy()
                  + "\n"
                  + signature
                  + "\nVerify: "
                  + permit.verificationUrl()));
      Image qr = qrCode(permit.verificationUrl());
      qr.scaleToFit(120, 120);
      PdfPCell qrCell = new PdfPCell(qr, false);
      qrCell.setHorizontalAlignment(Element.ALIGN_CENTER);
      qrCell.setPadding(4);
      footer.addCell(qrCell);
      pdf.add(footer);
      pdf.add(
          new Paragraph(
              "14. Export endorsement (customs): to be completed at the border.   "
                  + "Application "
                  + permit.registrationNumber(),
              LABEL));
      ArchivalPdf.close(pdf, writer);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Cannot render permit " + permit.number(), e);
    }
    return out.toByteArray();
  }

  private static String kind(PermitDocument permit) {
    return switch (permit.type()) {
      case IMPORT -> "IMPORT PERMIT";
      case EXPORT -> "EXPORT PERMIT";
      case RE_EXPORT -> "RE-EXPORT CERTIFICATE";
    };
  }

  private static String type(PermitDocument permit) {
    return switch (permit.type()) {
      case IMPORT -> "Import";
      case EXPORT -> "Export";
      case RE_EXPORT -> "Re-export";
    };
  }

  private static PdfPCell box(String label, String value) {
    PdfPCell cell = new PdfPCell();
    cell.addElement(new Paragraph(label, LABEL));
    cell.addElement(new Paragraph(value, VALUE));
    cell.setPaddingBottom(5);
    return cell;
  }

  private static PdfPCell value(String text) {
    return new PdfPCell(new Phrase(orDash(text), VALUE));
  }

  private static String party(PermitForm.Party party) {
    if (party == null) {
      return "-";
    }
    String name =
        party.nameLatin() == null || party.nameLatin().equals(party.name())
            ? party.name()
            : party.name() + "\n" + party.nameLatin();
    return name + "\n" + orDash(party.address()) + ", " + orDash(party.countryCode());
  }

  private static String quantity(BigDecimal quantity, String unit) {
    String amount = quantity == null ? "-" : quantity.stripTrailingZeros().toPlainString();
    return unit == null || unit.isBlank() ? amount + " (specimens)" : amount + " " + unit;
  }

  private static String origin(ApplicationSnapshot.Specimen s) {
    String origin = orDash(s.countryOfOrigin());
    ApplicationSnapshot.OriginPermit permit = s.originPermit();
    return permit == null ? origin : origin + ", " + permit.number() + ", " + permit.issuedOn();
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }

  private static Image qrCode(String text) throws IOException {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  QR_PIXELS,
                  QR_PIXELS,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      2));
    } catch (WriterException e) {
      throw new IllegalStateException("Cannot encode the QR code", e);
    }
    BufferedImage image =
        new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    for (int x = 0; x < matrix.getWidth(); x++) {
      for (int y = 0; y < matrix.getHeight(); y++) {
        image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return Image.getInstance(png.toByteArray());
  }
}
