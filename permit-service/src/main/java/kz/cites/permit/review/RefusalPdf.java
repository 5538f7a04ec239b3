package kz.cites.permit.review;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import kz.cites.calendar.Kazakhstan;
import kz.cites.permit.ArchivalPdf;
import kz.cites.permit.review.domain.AppealRoute;
import kz.cites.permit.review.domain.RefusalDocument;
import kz.cites.permit.signing.domain.Signer;
import kz.cites.web.Language;
import kz.cites.web.Text;
import kz.cites.web.Texts;
import org.springframework.stereotype.Component;

/**
 * The reasoned refusal as a letter, printed from the signed document's payload, so the paper says
 * what was signed (ADR 0010): the applicant, each ground with the order's wording and where the
 * rules state it, the explanation, the hearing held before it, who decided and signed, and how to
 * appeal. The refusal is written in Kazakh and Russian, its authentic languages, side by side: one
 * row per statement, Kazakh on the left, Russian on the right, so that a reader (or a court) finds
 * the same statement in both at the same height. A reader who asks for English ({@code
 * Accept-Language: en}) gets its English translation after them. The frame of the letter (title,
 * headings, the sentences around the signed facts) comes from the bundles ({@code refusal.*}); the
 * facts and the texts of the law from the payload. A refusal signed before it carried texts in
 * every language prints as it was signed, in English. Written as an archival PDF ({@link
 * ArchivalPdf}).
 */
@Component
public class RefusalPdf {

  private static final Font AUTHORITY = ArchivalPdf.font(9.5f, true);
  private static final Font TITLE = ArchivalPdf.font(12, true);
  private static final Font HEADING = ArchivalPdf.font(9.5f, true);
  private static final Font TEXT = ArchivalPdf.font(9, false);

  private static final String KK = "kk";
  private static final String RU = "ru";
  private static final String EN = "en";

  /** How a line is set: font, alignment, indentation and space before it. */
  private enum Style {
    AUTHORITY(RefusalPdf.AUTHORITY, Element.ALIGN_LEFT, 0, 0),
    TITLE(RefusalPdf.TITLE, Element.ALIGN_CENTER, 0, 10),
    HEADING(RefusalPdf.HEADING, Element.ALIGN_LEFT, 0, 8),
    TEXT(RefusalPdf.TEXT, Element.ALIGN_LEFT, 0, 3),
    ITEM(RefusalPdf.TEXT, Element.ALIGN_LEFT, 10, 2);

    private final Font font;
    private final int alignment;
    private final float indentation;
    private final float spacingBefore;

    Style(Font font, int alignment, float indentation, float spacingBefore) {
      this.font = font;
      this.alignment = alignment;
      this.indentation = indentation;
      this.spacingBefore = spacingBefore;
    }

    Paragraph paragraph(String text) {
      Paragraph paragraph = new Paragraph(text, font);
      paragraph.setAlignment(alignment);
      paragraph.setIndentationLeft(indentation);
      paragraph.setSpacingBefore(spacingBefore);
      return paragraph;
    }
  }

  /** One statement of the letter, written in any of its languages (a language tag). */
  private record Line(Style style, Function<String, String> text) {}

  private final Texts texts;

  RefusalPdf(Texts texts) {
    this.texts = texts;
  }

  /**
   * The refusal as PDF.
   *
   * @param signer who signed the CMS (the deciding officer, or the authority), as recorded at
   *     signing; null for a refusal signed before signers were recorded
   * @param keyId the JWS key id, named for a refusal without a recorded signer
   * @param english whether the reader asked for English: its translation follows the Kazakh and
   *     Russian texts
   */
  public byte[] render(RefusalDocument refusal, Signer signer, String keyId, boolean english) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4, 48, 48, 48, 48);
    boolean bilingual = refusal.inEveryLanguage();
    List<Line> lines = lines(refusal, signer, keyId);
    try {
      PdfWriter writer =
          ArchivalPdf.open(
              pdf,
              out,
              bilingual
                  ? frame(KK, "refusal.pdf-title", refusal.registrationNumber())
                      + " / "
                      + frame(RU, "refusal.pdf-title", refusal.registrationNumber())
                  : frame(EN, "refusal.pdf-title", refusal.registrationNumber()),
              refusal.issuingAuthority(),
              // Kazakh first (the state language); a first-version refusal is English
              bilingual ? KK : EN);
      if (bilingual) {
        pdf.add(sideBySide(lines));
        if (english) {
          // the translation on pages of its own, after the authentic texts
          pdf.newPage();
          Paragraph translation = Style.TEXT.paragraph(frame(EN, "refusal.translation"));
          translation.setSpacingAfter(6);
          pdf.add(translation);
          for (Line line : lines) {
            pdf.add(line.style().paragraph(line.text().apply(EN)));
          }
        }
      } else {
        for (Line line : lines) {
          pdf.add(line.style().paragraph(line.text().apply(EN)));
        }
      }
      ArchivalPdf.close(pdf, writer);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Cannot render the refusal", e);
    }
    return out.toByteArray();
  }

  /** The statements in Kazakh and Russian, a row each, the two languages in two columns. */
  private static PdfPTable sideBySide(List<Line> lines) {
    PdfPTable table = new PdfPTable(2);
    table.setWidthPercentage(100);
    for (Line line : lines) {
      for (String language : List.of(KK, RU)) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(language.equals(KK) ? 0 : 8);
        cell.setPaddingRight(language.equals(KK) ? 8 : 0);
        cell.setPaddingTop(0);
        cell.setPaddingBottom(0);
        cell.addElement(line.style().paragraph(line.text().apply(language)));
        table.addCell(cell);
      }
    }
    return table;
  }

  /** Every statement of the letter, in order. */
  private List<Line> lines(RefusalDocument refusal, Signer signer, String keyId) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(Style.AUTHORITY, l -> wording(refusal, l).issuingAuthority()));
    lines.add(new Line(Style.TITLE, l -> frame(l, "refusal.title")));
    Text applicant =
        refusal.applicantBin() != null
            ? Text.of("refusal.applicant.bin", refusal.applicantName(), refusal.applicantBin())
            : Text.of("refusal.applicant.iin", refusal.applicantName(), refusal.applicantIin());
    lines.add(new Line(Style.TEXT, l -> frame(l, "refusal.to", applicant)));
    lines.add(new Line(Style.TEXT, l -> frame(l, "refusal.refused", refusal.registrationNumber())));

    lines.add(new Line(Style.HEADING, l -> frame(l, "refusal.heading.grounds")));
    lines.add(new Line(Style.TEXT, l -> frame(l, "refusal.rules", wording(refusal, l).rules())));
    int grounds = wording(refusal, EN).grounds().size();
    for (int i = 0; i < grounds; i++) {
      int index = i;
      lines.add(
          new Line(
              Style.ITEM,
              l -> {
                RefusalDocument.GroundWording ground = wording(refusal, l).grounds().get(index);
                return frame(
                    l,
                    "refusal.ground",
                    ground.number(),
                    // a first-version refusal carries no wording: its code stands in
                    ground.wording() == null ? ground.ground().name() : ground.wording(),
                    ground.legalReference());
              }));
    }

    lines.add(new Line(Style.HEADING, l -> frame(l, "refusal.heading.explanation")));
    lines.add(new Line(Style.TEXT, l -> wording(refusal, l).explanation()));

    RefusalDocument.HearingHeld hearing = refusal.hearing();
    if (hearing != null) {
      lines.addAll(hearing(hearing));
    }

    lines.add(new Line(Style.TEXT, l -> decided(refusal, signer, l)));
    lines.add(new Line(Style.TEXT, l -> signature(signer, keyId, l)));

    lines.add(new Line(Style.HEADING, l -> frame(l, "refusal.heading.appeal")));
    lines.add(new Line(Style.TEXT, l -> frame(l, "refusal.appeal.intro")));
    int routes = wording(refusal, EN).appeal().size();
    for (int i = 0; i < routes; i++) {
      int index = i;
      lines.add(new Line(Style.ITEM, l -> route(l, wording(refusal, l).appeal().get(index))));
    }
    if (wording(refusal, EN).appealSource() != null) {
      lines.add(
          new Line(
              Style.TEXT,
              l -> frame(l, "refusal.appeal.source", wording(refusal, l).appealSource())));
    }
    return lines;
  }

  /** The hearing held before the refusal (APC art. 73): the notice and the position, or none. */
  private List<Line> hearing(RefusalDocument.HearingHeld hearing) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(Style.HEADING, l -> frame(l, "refusal.heading.hearing")));
    lines.add(
        new Line(
            Style.TEXT,
            l ->
                hearing.answerBy() == null
                    ? frame(l, "refusal.hearing.notice.no-deadline", local(hearing.notifiedAt()))
                    : frame(
                        l,
                        "refusal.hearing.notice",
                        local(hearing.notifiedAt()),
                        local(hearing.answerBy()))));
    if (hearing.meetingAt() != null) {
      lines.add(
          new Line(
              Style.TEXT,
              l ->
                  frame(
                      l,
                      "refusal.hearing.meeting",
                      local(hearing.meetingAt()),
                      hearing.meetingPlace())));
    }
    if (hearing.answeredAt() != null) {
      lines.add(
          new Line(
              Style.TEXT,
              l ->
                  frame(
                      l,
                      "refusal.hearing.position",
                      local(hearing.answeredAt()),
                      hearing.position())));
      if (hearing.documents() != null && !hearing.documents().isEmpty()) {
        lines.add(
            new Line(
                Style.TEXT,
                l ->
                    frame(l, "refusal.hearing.documents", String.join(", ", hearing.documents()))));
      }
      lines.add(new Line(Style.TEXT, l -> frame(l, "refusal.hearing.answered")));
    } else {
      lines.add(
          new Line(Style.TEXT, l -> frame(l, "refusal.hearing.lapsed", local(hearing.lapsedAt()))));
    }
    return lines;
  }

  /**
   * Who decided and when: the officer by name (the payload's, else the certificate's; never an
   * IIN), or the rules.
   */
  private String decided(RefusalDocument refusal, Signer signer, String language) {
    LocalDate day = LocalDate.ofInstant(refusal.decidedAt(), Kazakhstan.ZONE);
    if (refusal.automatic()) {
      return frame(language, "refusal.decided.automatic", day);
    }
    String name =
        refusal.decidedByName() != null && !refusal.decidedByName().isBlank()
            ? refusal.decidedByName()
            : signer != null ? signer.name() : null;
    return frame(language, "refusal.decided.officer", name, day);
  }

  /** The EDS: the certificate's name (and an organisation's BIN), its serial and when it signed. */
  private String signature(Signer signer, String keyId, String language) {
    if (signer == null) {
      return frame(language, "refusal.signed.jws", keyId);
    }
    LocalDateTime at = LocalDateTime.ofInstant(signer.signedAt(), Kazakhstan.ZONE);
    return signer.role() == Signer.Role.AUTHORITY
        ? frame(
            language,
            "refusal.signed.authority",
            signer.name(),
            signer.bin(),
            signer.certificateSerial(),
            at)
        : frame(language, "refusal.signed.officer", signer.name(), signer.certificateSerial(), at);
  }

  private String route(String language, AppealRoute route) {
    return route.consideredWithin() == null
        ? frame(
            language,
            "refusal.appeal.route.no-term",
            route.to(),
            route.deadline(),
            route.legalBasis())
        : frame(
            language,
            "refusal.appeal.route",
            route.to(),
            route.deadline(),
            route.consideredWithin(),
            route.legalBasis());
  }

  /** What the refusal says in {@code language}; a first-version refusal says it in English. */
  private static RefusalDocument.Wording wording(RefusalDocument refusal, String language) {
    RefusalDocument.Wording wording = refusal.wording(language);
    return wording != null ? wording : refusal.wording(EN);
  }

  /** A word of the letter's frame in {@code language}, from the bundles. */
  private String frame(String language, String key, Object... args) {
    return texts.textFor(Language.of(Locale.forLanguageTag(language)), key, args);
  }

  /** An instant as the applicant reads it: the local time in Kazakhstan. */
  private static LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, Kazakhstan.ZONE);
  }
}
