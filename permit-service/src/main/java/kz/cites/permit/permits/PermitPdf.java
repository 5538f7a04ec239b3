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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.permit.ArchivalPdf;
import kz.cites.permit.permits.PermitBox.Term;
import kz.cites.permit.permits.domain.ConsignmentLine;
import kz.cites.permit.permits.domain.Endorsement;
import kz.cites.permit.permits.domain.PermitDocument;
import kz.cites.permit.permits.domain.PermitForm;
import kz.cites.permit.signing.domain.DocumentCheck;
import kz.cites.permit.signing.domain.Signer;
import org.springframework.stereotype.Component;

/**
 * The permit printed on the CITES standard form (Res. Conf. 12.3 (Rev. CoP19), Annex 2), every box
 * numbered as there and labelled in Kazakh, Russian and English ({@link PermitBox}), with a QR code
 * of the public verification address. Rendered from the signed document's payload, so the paper
 * says exactly what was signed; who signed (box 13) and the seal (box 6) come from the stored
 * signature and the JWS that carries the payload. Values are printed as entered and names as the
 * registries and the checklist give them, in Kazakh or Russian Cyrillic, with the Latin
 * transliteration of a registry name under it for readers abroad. Written as an archival PDF
 * ({@link ArchivalPdf}). Box 11a prints the running total of the export quota a line counts against
 * ("12/50 (2026)"), a dash where none does; box 14 (the export endorsement) stays empty until
 * customs endorses.
 */
@Component
public class PermitPdf {

  private static final Font TITLE = ArchivalPdf.font(8, true);
  private static final Font KIND = ArchivalPdf.font(11, true);
  private static final Font LABEL = ArchivalPdf.font(5.5f, false);
  private static final Font VALUE = ArchivalPdf.font(8.5f, true);
  private static final Font DETAIL = ArchivalPdf.font(7, false);
  private static final int QR_PIXELS = 300;
  private static final String DASH = "-";
  private static final DateTimeFormatter PRINTED_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /**
   * Who signed and sealed the permit.
   *
   * @param signer who signed the CMS (the deciding officer, or the authority), as recorded at
   *     signing; null for a permit signed before signatures were recorded
   * @param statement one sentence on the signature, for a permit without a recorded signer
   * @param seal the organisation certificate that sealed the JWS; null for a legacy key
   */
  public record Signatures(Signer signer, String statement, DocumentCheck.Sealer seal) {}

  public byte[] render(PermitDocument permit, Signatures signatures) {
    return render(permit, signatures, null);
  }

  /**
   * The permit with box 14 filled in as customs endorsed it, or empty while {@code endorsement} is
   * null.
   */
  public byte[] render(PermitDocument permit, Signatures signatures, Endorsement endorsement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4, 28, 28, 24, 24);
    try {
      // Kazakh first (the state language); the form is trilingual, see PermitBox
      PdfWriter writer =
          ArchivalPdf.open(
              pdf, out, "CITES permit " + permit.number(), permit.issuingAuthority(), "kk");
      for (String line :
          List.of(Term.CONVENTION.kk(), Term.CONVENTION.ru(), Term.CONVENTION.en())) {
        Paragraph title = new Paragraph(line.toUpperCase(Locale.ROOT), TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        pdf.add(title);
      }
      Paragraph kind = new Paragraph(kind(permit).inAll(), KIND);
      kind.setAlignment(Element.ALIGN_CENTER);
      kind.setSpacingBefore(3);
      kind.setSpacingAfter(4);
      pdf.add(kind);

      pdf.add(header(permit, signatures));
      pdf.add(specimens(permit));
      pdf.add(footer(permit, signatures, endorsement));
      ArchivalPdf.close(pdf, writer);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Cannot render permit " + permit.number(), e);
    }
    return out.toByteArray();
  }

  /** Boxes 1 to 6. */
  private static PdfPTable header(PermitDocument permit, Signatures signatures) {
    PdfPTable boxes = new PdfPTable(new float[] {3, 1.6f, 1.6f});
    boxes.setWidthPercentage(100);
    PdfPCell number =
        box(PermitBox.NUMBER, 2, permit.number(), type(permit).inAll(), Term.ORIGINAL.inAll());
    // the application it answers, for the holder's and the authority's files
    number.addElement(
        new Paragraph(
            Term.APPLICATION.inAll() + ": " + orDash(permit.registrationNumber()), DETAIL));
    boxes.addCell(number);
    boxes.addCell(box(PermitBox.VALID_UNTIL, 1, String.valueOf(permit.validUntil())));
    boxes.addCell(box(PermitBox.IMPORTER, 1, party(permit.importer())));
    boxes.addCell(box(PermitBox.EXPORTER, 2, party(permit.exporter())));
    boxes.addCell(box(PermitBox.SPECIAL_CONDITIONS, 1, orDash(permit.specialConditions())));
    boxes.addCell(box(PermitBox.PURPOSE, 1, orDash(permit.purposeCode())));
    boxes.addCell(box(PermitBox.SECURITY_STAMP, 1, orDash(permit.securityStampNumber())));
    boxes.addCell(
        details(
            box(
                PermitBox.MANAGEMENT_AUTHORITY,
                3,
                permit.issuingAuthority(),
                orDash(permit.issuingAuthorityAddress()),
                Term.REPUBLIC_OF_KAZAKHSTAN.inAll() + " (KZ)"),
            Term.SEAL.inAll() + ": " + seal(signatures.seal())));
    return boxes;
  }

  /**
   * Boxes 7 to 12b, one block per specimen line (A, B, C, ... as on the form): the labels once in
   * the header rows (repeated on every page), then two rows a line.
   */
  private static PdfPTable specimens(PermitDocument permit) {
    PdfPTable table = new PdfPTable(new float[] {0.35f, 3f, 3f, 1.3f, 1.45f, 1.35f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.addCell(label(null));
    for (PermitBox box :
        List.of(
            PermitBox.SPECIES,
            PermitBox.DESCRIPTION,
            PermitBox.APPENDIX_AND_SOURCE,
            PermitBox.QUANTITY,
            PermitBox.TOTAL_EXPORTED)) {
      table.addCell(label(box));
    }
    table.addCell(label(null));
    table.addCell(label(PermitBox.COUNTRY_OF_ORIGIN));
    table.addCell(label(PermitBox.COUNTRY_OF_LAST_RE_EXPORT));
    PdfPCell operation = label(PermitBox.OPERATION);
    operation.setColspan(3);
    table.addCell(operation);
    table.setHeaderRows(2);

    List<ApplicationSnapshot.Specimen> lines =
        permit.specimens() == null ? List.of() : permit.specimens();
    for (int i = 0; i < lines.size(); i++) {
      ApplicationSnapshot.Specimen s = lines.get(i);
      table.addCell(values(List.of(letter(i))));
      table.addCell(values(species(s)));
      table.addCell(values(description(s)));
      table.addCell(values(List.of(appendixAndSource(s))));
      table.addCell(values(List.of(quantity(s.quantity(), s.unitCode()))));
      table.addCell(values(List.of(quotaTotal(permit, i + 1))));
      table.addCell(values(List.of()));
      table.addCell(values(origin(s)));
      table.addCell(values(lastReExport(s.lastReExport())));
      PdfPCell breeding = values(List.of(orDash(s.breedingOperationNumber())));
      breeding.setColspan(3);
      table.addCell(breeding);
    }
    return table;
  }

  /** Boxes 13, the QR code, 14 (empty until customs endorses) and 15. */
  private static PdfPTable footer(
      PermitDocument permit, Signatures signatures, Endorsement endorsement) throws IOException {
    PdfPTable footer = new PdfPTable(new float[] {3, 1.4f});
    footer.setWidthPercentage(100);
    footer.setSpacingBefore(4);
    footer.addCell(
        details(
            box(
                PermitBox.ISSUED_BY,
                1,
                permit.issuePlace() + ", " + permit.issuedOn(),
                issuerName(permit, signatures.signer())),
            Term.SIGNATURE.inAll() + ": " + signature(signatures),
            Term.VERIFY.inAll() + ": " + permit.verificationUrl()));
    Image qr = qrCode(permit.verificationUrl());
    qr.scaleToFit(110, 110);
    PdfPCell qrCell = new PdfPCell(qr, false);
    qrCell.setHorizontalAlignment(Element.ALIGN_CENTER);
    qrCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    qrCell.setPadding(4);
    footer.addCell(qrCell);
    // 14: completed by the customs officer who inspects the shipment
    PdfPCell box14 = box(PermitBox.EXPORT_ENDORSEMENT, 1, endorsed(endorsement));
    box14.setMinimumHeight(60);
    footer.addCell(box14);
    footer.addCell(box(PermitBox.WAYBILL, 1, orDash(permit.waybillNumber())));
    return footer;
  }

  /** Box 14's values: the quantity shipped per line, where, when, the declaration, who. */
  private static String[] endorsed(Endorsement endorsement) {
    if (endorsement == null) {
      return new String[0];
    }
    List<String> values = new java.util.ArrayList<>();
    for (ConsignmentLine line : endorsement.lines()) {
      values.add(
          line.line()
              + ". "
              + line.scientificName()
              + ": "
              + quantity(line.quantity(), line.unitCode()));
    }
    values.add(Term.BORDER_CROSSING.inAll() + ": " + endorsement.borderCrossing());
    values.add(Term.DECLARATION.inAll() + ": " + endorsement.declarationNumber());
    values.add(
        endorsement.endorsedOn()
            + ", "
            + Term.CUSTOMS_OFFICER.inAll()
            + ": "
            + (endorsement.endorsedByName() == null ? DASH : endorsement.endorsedByName())
            + " ("
            + Term.SIGNATURE.inAll()
            + ")");
    return values.toArray(String[]::new);
  }

  private static Term kind(PermitDocument permit) {
    return switch (permit.type()) {
      case IMPORT -> Term.IMPORT_PERMIT;
      case EXPORT -> Term.EXPORT_PERMIT;
      case RE_EXPORT -> Term.RE_EXPORT_CERTIFICATE;
    };
  }

  private static Term type(PermitDocument permit) {
    return switch (permit.type()) {
      case IMPORT -> Term.IMPORT;
      case EXPORT -> Term.EXPORT;
      case RE_EXPORT -> Term.RE_EXPORT;
    };
  }

  /** A box: its trilingual label, then its values, one paragraph each. */
  private static PdfPCell box(PermitBox box, int colspan, String... values) {
    PdfPCell cell = new PdfPCell();
    for (String line : box.lines()) {
      cell.addElement(new Paragraph(line, LABEL));
    }
    for (String value : values) {
      Paragraph paragraph = new Paragraph(value, VALUE);
      paragraph.setSpacingBefore(1);
      cell.addElement(paragraph);
    }
    cell.setColspan(colspan);
    cell.setPaddingBottom(4);
    return cell;
  }

  /** Adds {@code lines} to a box in the smaller font of details. */
  private static PdfPCell details(PdfPCell box, String... lines) {
    for (String line : lines) {
      Paragraph paragraph = new Paragraph(line, DETAIL);
      paragraph.setSpacingBefore(1);
      box.addElement(paragraph);
    }
    return box;
  }

  /** A label cell of the specimen table (null: the column of the line letters). */
  private static PdfPCell label(PermitBox box) {
    PdfPCell cell = new PdfPCell();
    if (box != null) {
      for (String line : box.lines()) {
        cell.addElement(new Paragraph(line, LABEL));
      }
    }
    cell.setPaddingBottom(3);
    return cell;
  }

  /** A value cell: the first line in the value font, details under it in a smaller one. */
  private static PdfPCell values(List<String> lines) {
    PdfPCell cell = new PdfPCell();
    for (int i = 0; i < lines.size(); i++) {
      cell.addElement(new Paragraph(lines.get(i), i == 0 ? VALUE : DETAIL));
    }
    cell.setPaddingBottom(4);
    return cell;
  }

  private static String letter(int index) {
    // A to Z, then AA, AB, ...: the form names its blocks by letter
    return index < 26
        ? String.valueOf((char) ('A' + index))
        : letter(index / 26 - 1) + (char) ('A' + index % 26);
  }

  /** 7/8: the accepted scientific name, then the common names in Kazakh, Russian and English. */
  private static List<String> species(ApplicationSnapshot.Specimen s) {
    List<String> lines = new ArrayList<>();
    lines.add(orDash(s.scientificName()));
    ApplicationSnapshot.CommonNames names = s.commonNames();
    if (names != null) {
      for (String name : new String[] {names.kk(), names.ru(), names.en()}) {
        if (name != null && !name.isBlank()) {
          lines.add(name);
        }
      }
    }
    return lines;
  }

  /** 9: what the specimens are (term code), their marks, and the sex and age of live animals. */
  private static List<String> description(ApplicationSnapshot.Specimen s) {
    List<String> lines = new ArrayList<>();
    lines.add(orDash(s.termCode()));
    if (s.marks() != null && !s.marks().isBlank()) {
      lines.add(s.marks());
    }
    if (s.sex() != null && !s.sex().isBlank()) {
      lines.add(Term.SEX.inAll() + ": " + s.sex());
    }
    if (s.age() != null && !s.age().isBlank()) {
      lines.add(Term.AGE.inAll() + ": " + s.age());
    }
    return lines;
  }

  /**
   * 10: the appendix the checklist lists the species in and the source code; when the Convention
   * treats the line under another appendix (Appendix I bred by a registered operation, source D),
   * that one too. A permit of a snapshot without the appendix prints a dash for it.
   */
  private static String appendixAndSource(ApplicationSnapshot.Specimen s) {
    String appendix = orDash(s.appendix());
    if (s.treatedAsAppendix() != null && !Objects.equals(s.treatedAsAppendix(), s.appendix())) {
      appendix += " (" + s.treatedAsAppendix() + ": Art. VII.4)";
    }
    return appendix + " / " + orDash(s.sourceCode());
  }

  /**
   * 11a: the total exported against the line's quota, this permit included, of the quota and its
   * year, e.g. "12/50 (2026)" or "12/50 KIL (2026)"; a dash for a line no quota covers.
   */
  static String quotaTotal(PermitDocument permit, int line) {
    if (permit.exportQuotas() == null) {
      return DASH;
    }
    return permit.exportQuotas().stream()
        .filter(q -> q.line() == line)
        .findFirst()
        .map(
            q ->
                q.exported().stripTrailingZeros().toPlainString()
                    + "/"
                    + q.quota().stripTrailingZeros().toPlainString()
                    + (q.unitCode() == null ? "" : " " + q.unitCode())
                    + " ("
                    + q.year()
                    + ")")
        .orElse(DASH);
  }

  private static String quantity(BigDecimal quantity, String unit) {
    String amount = quantity == null ? DASH : quantity.stripTrailingZeros().toPlainString();
    return unit == null || unit.isBlank()
        ? amount + " (" + Term.SPECIMENS.inAll() + ")"
        : amount + " " + unit;
  }

  /** 12: the country of origin and the permit it left that country under, with its date. */
  private static List<String> origin(ApplicationSnapshot.Specimen s) {
    List<String> lines = new ArrayList<>();
    lines.add(orDash(s.countryOfOrigin()));
    ApplicationSnapshot.OriginPermit permit = s.originPermit();
    if (permit != null) {
      lines.add(
          "№ "
              + permit.number()
              + (permit.country() == null || permit.country().equals(s.countryOfOrigin())
                  ? ""
                  : " (" + permit.country() + ")"));
      lines.add(String.valueOf(permit.issuedOn()));
    }
    return lines;
  }

  /** 12a: the country of last re-export, its certificate and date. */
  private static List<String> lastReExport(ApplicationSnapshot.ReExportCertificate certificate) {
    return certificate == null
        ? List.of(DASH)
        : List.of(
            orDash(certificate.country()),
            "№ " + certificate.number(),
            String.valueOf(certificate.issuedOn()));
  }

  /**
   * 13: the issuing officer's name as the signed payload gives it (the authority's under
   * auto-approval); for a permit signed before names were written in, the name of the signer's
   * certificate. Never an IIN.
   */
  private static String issuerName(PermitDocument permit, Signer signer) {
    if (permit.issuedByName() != null && !permit.issuedByName().isBlank()) {
      return permit.issuedByName();
    }
    return signer != null ? signer.name() : DASH;
  }

  /** 13: the EDS: the certificate's name, its serial and the time of signing (no IIN). */
  private static String signature(Signatures signatures) {
    Signer signer = signatures.signer();
    if (signer == null) {
      return orDash(signatures.statement());
    }
    String who =
        signer.role() == Signer.Role.AUTHORITY && signer.bin() != null
            ? signer.name() + " (BIN " + signer.bin() + ")"
            : signer.name();
    return who
        + ", "
        + Term.NCA_CERTIFICATE.inAll()
        + " "
        + signer.certificateSerial()
        + ", "
        + PRINTED_TIME.format(LocalDateTime.ofInstant(signer.signedAt(), Kazakhstan.ZONE))
        + " ("
        + Term.ASTANA_TIME.inAll()
        + ")";
  }

  /** 6: the authority's seal is its NCA organisation certificate that sealed the JWS. */
  private static String seal(DocumentCheck.Sealer seal) {
    if (seal == null) {
      return DASH;
    }
    return seal.name()
        + (seal.bin() == null ? "" : " (BIN " + seal.bin() + ")")
        + ", "
        + Term.NCA_CERTIFICATE.inAll()
        + " "
        + seal.certificateSerial();
  }

  private static String party(PermitForm.Party party) {
    if (party == null) {
      return DASH;
    }
    String name =
        party.nameLatin() == null || party.nameLatin().equals(party.name())
            ? party.name()
            : party.name() + "\n" + party.nameLatin();
    return name + "\n" + orDash(party.address()) + ", " + orDash(party.countryCode());
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? DASH : value;
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
