package kz.cites.permit.reports.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One permit line as the CITES annual report guidelines' electronic format has it: one row per
 * specimen line of a permit. The codes are those of the guidelines (the term, unit, purpose and
 * source lists; ISO 3166 alpha-2 countries). {@code permitLine} and {@code quantityBasis} are our
 * additions, placed last.
 */
@NullMarked
@Schema(description = "One permit line of the CITES annual report (the guidelines' columns)")
public record AnnualReportRow(
    @Schema(
            description = "Year: the year the permit was issued (Kazakhstan date)",
            example = "2026")
        int year,
    @Schema(
            description =
                "Appendix the species (or population) was listed in on the day of application:"
                    + " I, II or III; null for a permit issued from an application that predates"
                    + " the appendix on the form",
            example = "II")
        @Nullable String appendix,
    @Schema(
            description = "Taxon: the scientific name as the checklist names it",
            example = "Falco cherrug")
        String taxon,
    @Schema(description = "Term: the guidelines' code of the specimens", example = "LIV")
        String term,
    @Schema(
            description =
                "Quantity in unit: the endorsed quantity when customs endorsed the permit, else"
                    + " the permit's (quantityBasis says which)",
            example = "2")
        BigDecimal quantity,
    @Schema(
            description =
                "Unit: the guidelines' unit code; null when the quantity counts specimens",
            example = "KIL")
        @Nullable String unit,
    @Schema(description = "Importer: ISO 3166 alpha-2 country of import", example = "AE")
        @Nullable String importer,
    @Schema(description = "Exporter: ISO 3166 alpha-2 country of (re-)export", example = "KZ")
        @Nullable String exporter,
    @Schema(
            description =
                "Origin: ISO 3166 alpha-2 country of origin; null when it is the exporter (as the"
                    + " guidelines ask)",
            example = "UZ")
        @Nullable String origin,
    @Schema(description = "Purpose: the guidelines' purpose code (box 5a)", example = "T")
        String purpose,
    @Schema(description = "Source: the guidelines' source code (box 10)", example = "C")
        String source,
    @Schema(
            description = "Reporter type: E for our exports and re-exports, I for our imports",
            allowableValues = {"E", "I"},
            example = "E")
        String reporterType,
    @Schema(
            description =
                "Export permit no.: our permit or re-export certificate on an (re-)export; on an"
                    + " import, the exporting country's permit or certificate when the"
                    + " application named it",
            example = "26KZ000001")
        @Nullable String exportPermitNumber,
    @Schema(
            description =
                "Origin permit no.: the country of origin's export permit, when the specimens left"
                    + " it under a permit other than the export permit",
            example = "UZ-2026-E-001284")
        @Nullable String originPermitNumber,
    @Schema(description = "Import permit no.: our permit on an import", example = "26KZ000002")
        @Nullable String importPermitNumber,
    @Schema(
            description = "Our addition: the line of the permit, numbered from 1 in its order",
            example = "1")
        int permitLine,
    @Schema(
            description =
                "Our addition: ENDORSED when quantity is what customs endorsed as shipped, ISSUED"
                    + " when it is the permit's quantity (not endorsed)")
        QuantityBasis quantityBasis) {}
