package kz.cites.application.intake.domain;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kz.cites.events.SpecimenOrigin;

/**
 * What an application must carry, decided in ONE table from permit type, appendix, purpose, source
 * and origin of each specimen line (order No. 282, Annex 2 item 8; CITES Art. III to VI). A
 * document requirement is met by one upload of any of its types, whatever the number of lines that
 * need it; a data requirement concerns the field of its line.
 */
public final class RequiredDocuments {

  private RequiredDocuments() {}

  /** The facts of one specimen line the table decides on; {@code appendix} from the checklist. */
  record Line(
      int index,
      String permitType,
      String appendix,
      String purpose,
      String source,
      String origin,
      ApplicationContent.Specimen specimen) {}

  /**
   * One item the package needs.
   *
   * @param item stable code of the requirement
   * @param documentTypes any of these uploads meets it; empty for a data requirement
   * @param field the JSON path of the data field, for data requirements
   * @param satisfied whether the application already has it
   */
  @Schema(description = "A document or data item the package needs, and whether it is there")
  public record Requirement(
      @Schema(
              description =
                  "Stable code of the requirement: CONTRACT, FOREIGN_EXPORT_DOCUMENT,"
                      + " DESTINATION_IMPORT_PERMIT, SCIENTIFIC_OPINION, HUNTING_PERMIT_NUMBER,"
                      + " TAKEN_ON, ANIMAL_COUNT, ORIGIN_PERMIT",
              example = "FOREIGN_EXPORT_DOCUMENT",
              requiredMode = RequiredMode.REQUIRED)
          String item,
      @ArraySchema(
              arraySchema =
                  @Schema(
                      description =
                          "An upload of any of these types meets it; empty for a data item",
                      example = "[\"FOREIGN_EXPORT_PERMIT\", \"FOREIGN_REEXPORT_CERTIFICATE\"]"),
              schema = @Schema(description = "A document type", example = "FOREIGN_EXPORT_PERMIT"))
          Set<DocumentType> documentTypes,
      @Schema(
              description = "For a data item: the JSON path of the field that must be filled in",
              example = "specimens[0].originPermit")
          String field,
      @Schema(
              description =
                  "Why the rules require it, in the caller's language (Accept-Language: kk, ru,"
                      + " en; Russian by default)",
              example = "On import: the exporting country's export permit or re-export certificate",
              requiredMode = RequiredMode.REQUIRED)
          String reason,
      @Schema(
              description = "Whether the application already has it",
              example = "false",
              requiredMode = RequiredMode.REQUIRED)
          boolean satisfied) {

    /**
     * The same requirement with its reason in other words (the caller's language); the reasons of
     * the table here are the English ones, the bundles' {@code requirement.<item>} the others.
     */
    public Requirement withReason(String words) {
      return new Requirement(item, documentTypes, field, words, satisfied);
    }
  }

  private record Row(
      String item,
      String reason,
      Predicate<Line> applies,
      Set<DocumentType> documentTypes,
      String dataField,
      Function<ApplicationContent.Specimen, Object> data) {}

  private static Row document(String item, String reason, Predicate<Line> when, DocumentType... t) {
    return new Row(item, reason, when, Set.of(t), null, null);
  }

  private static Row data(
      String item,
      String reason,
      Predicate<Line> when,
      String field,
      Function<ApplicationContent.Specimen, Object> value) {
    return new Row(item, reason, when, Set.of(), field, value);
  }

  private static final List<Row> TABLE =
      List.of(
          document(
              "CONTRACT",
              "Copy of the contract between exporter and importer, except for personal purposes (P)",
              l -> !"P".equals(l.purpose()),
              DocumentType.CONTRACT),
          document(
              "FOREIGN_EXPORT_DOCUMENT",
              "On import: the exporting country's export permit or re-export certificate",
              l -> "IMPORT".equals(l.permitType()),
              DocumentType.FOREIGN_EXPORT_PERMIT,
              DocumentType.FOREIGN_REEXPORT_CERTIFICATE),
          document(
              "DESTINATION_IMPORT_PERMIT",
              "Export or re-export of an Appendix I specimen: the destination's import permit"
                  + " (CITES Art. III; not for source D, treated as Appendix II by Art. VII.4)",
              l ->
                  ("EXPORT".equals(l.permitType()) || "RE_EXPORT".equals(l.permitType()))
                      && "I".equals(l.specimen().treatedAsAppendix()),
              DocumentType.DESTINATION_IMPORT_PERMIT),
          document(
              "SCIENTIFIC_OPINION",
              "Copy of the opinion of a scientific organisation",
              l -> true,
              DocumentType.SCIENTIFIC_OPINION),
          // Taken from the wild in Kazakhstan: the permit's data come from the hunting registry
          // through the gateway (Annex 2, item 8), so its number is asked for, never a copy; the
          // registry judges it against the date of taking and the number of animals.
          data(
              "HUNTING_PERMIT_NUMBER",
              "Taken from the wild in Kazakhstan (W + KZ): the hunting permit number; the permit's"
                  + " data come from the hunting registry, no copy is needed",
              RequiredDocuments::wildFromKazakhstan,
              "huntingPermitNumber",
              s -> blankToNull(s.huntingPermitNumber())),
          data(
              "TAKEN_ON",
              "Taken from the wild in Kazakhstan (W + KZ): the date of taking, on which the hunting"
                  + " permit must be valid",
              RequiredDocuments::wildFromKazakhstan,
              "takenOn",
              ApplicationContent.Specimen::takenOn),
          data(
              "ANIMAL_COUNT",
              "Taken from the wild in Kazakhstan (W + KZ): how many animals the specimens come"
                  + " from, as the hunting permit counts them",
              RequiredDocuments::wildFromKazakhstan,
              "animalCount",
              ApplicationContent.Specimen::animalCount),
          data(
              "ORIGIN_PERMIT",
              "Re-export: the permit of the country of origin (number, country, date; CITES box 12)",
              l -> "RE_EXPORT".equals(l.permitType()),
              "originPermit",
              ApplicationContent.Specimen::originPermit));

  /** The types of the documents attached: what {@link #of} and {@link #missing} are given. */
  public static Set<DocumentType> typesOf(List<ApplicationDocument> attached) {
    return attached.stream().map(ApplicationDocument::type).collect(Collectors.toUnmodifiableSet());
  }

  /** Every requirement of {@code content}, each with whether {@code uploaded} meets it. */
  public static List<Requirement> of(ApplicationContent content, Set<DocumentType> uploaded) {
    Map<String, Requirement> documents = new LinkedHashMap<>();
    List<Requirement> data = new ArrayList<>();
    List<ApplicationContent.Specimen> specimens =
        content.specimens() == null ? List.of() : content.specimens();
    for (int i = 0; i < specimens.size(); i++) {
      ApplicationContent.Specimen s = specimens.get(i);
      Line line =
          new Line(
              i,
              content.permitType(),
              s.appendix(),
              content.purposeCode(),
              s.sourceCode(),
              s.countryOfOrigin(),
              s);
      for (Row row : TABLE) {
        if (!row.applies().test(line)) {
          continue;
        }
        if (row.dataField() == null) {
          boolean met = row.documentTypes().stream().anyMatch(uploaded::contains);
          documents.putIfAbsent(
              row.item(),
              new Requirement(row.item(), row.documentTypes(), null, row.reason(), met));
        } else {
          data.add(
              new Requirement(
                  row.item(),
                  Set.of(),
                  "specimens[" + i + "]." + row.dataField(),
                  row.reason(),
                  row.data().apply(s) != null));
        }
      }
    }
    List<Requirement> all = new ArrayList<>(documents.values());
    all.addAll(data);
    return all;
  }

  /** The codes of every requirement the rules know, in the order of the table. */
  public static List<String> itemCodes() {
    return TABLE.stream().map(Row::item).distinct().toList();
  }

  /** The requirements not met yet: every one of them, so the applicant can fix all at once. */
  public static List<Requirement> missing(ApplicationContent content, Set<DocumentType> uploaded) {
    return of(content, uploaded).stream().filter(r -> !r.satisfied()).toList();
  }

  private static boolean wildFromKazakhstan(Line l) {
    return SpecimenOrigin.wildFromKazakhstan(l.source(), l.origin());
  }

  private static Object blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
