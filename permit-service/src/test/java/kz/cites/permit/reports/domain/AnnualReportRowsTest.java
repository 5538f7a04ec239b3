package kz.cites.permit.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.permit.Fixtures;
import kz.cites.permit.permits.domain.ConsignmentLine;
import kz.cites.permit.permits.domain.Endorsement;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitForm;
import org.junit.jupiter.api.Test;

/**
 * A permit as rows of the CITES annual report: which code goes in which column, and which quantity.
 */
class AnnualReportRowsTest {

  /** 31 Dec 2026, 20:00 UTC: already 1 Jan 2027 in Kazakhstan (UTC+5). */
  static final Instant NEW_YEARS_EVE_UTC = Instant.parse("2026-12-31T20:00:00Z");

  static final Instant ISSUED = Instant.parse("2026-08-31T06:00:00Z");

  static Permit permit(String number, ApplicationSnapshot application, Instant issuedAt) {
    return new Permit(
        number,
        UUID.randomUUID(),
        "KZ-2026-R",
        application.permitType(),
        issuedAt,
        LocalDate.of(2027, 2, 28),
        "ABCD2345",
        Fixtures.HOLDER_IIN,
        null,
        PermitForm.of(application, Fixtures.REGISTERED_HOLDER),
        null,
        "system");
  }

  static Endorsement endorsement(List<ConsignmentLine> lines) {
    return new Endorsement(
        lines,
        "Almaty airport",
        LocalDate.of(2026, 9, 1),
        "50101/010926/0000001",
        "800229309571",
        "Customs Officer",
        ISSUED.plusSeconds(86_400));
  }

  @Test
  void anExportNotEndorsedReportsThePermitsQuantityAsIssued() {
    Permit permit =
        permit("26KZ000101", Fixtures.exportOfSakerFalcon("811201401188", true), ISSUED);

    assertThat(AnnualReportRows.of(permit))
        .containsExactly(
            new AnnualReportRow(
                2026,
                null, // the fixture's snapshot predates the appendix on the form
                "Falco cherrug",
                "LIV",
                BigDecimal.ONE,
                null,
                "AE",
                "KZ",
                null, // bred in Kazakhstan, the exporter: the guidelines leave origin empty
                "P",
                "C",
                "E",
                "26KZ000101",
                null,
                null,
                1,
                QuantityBasis.ISSUED));
  }

  @Test
  void anEndorsedPermitReportsTheEndorsedQuantityAndLeavesOutALineNotShipped() {
    ApplicationSnapshot twoLines = withSecondLine(Fixtures.reExportOfTortoises("811201401188"));
    Permit permit = permit("26KZ000102", twoLines, ISSUED);
    permit.endorse(
        endorsement(
            List.of(
                new ConsignmentLine(1, "Testudo horsfieldii", new BigDecimal("12.000"), null),
                new ConsignmentLine(2, "Testudo horsfieldii", BigDecimal.ZERO, null))),
        "jws",
        ISSUED.plusSeconds(86_400));

    List<AnnualReportRow> rows = AnnualReportRows.of(permit);

    assertThat(rows).hasSize(1);
    AnnualReportRow row = rows.getFirst();
    assertThat(row.quantity()).isEqualByComparingTo("12");
    assertThat(row.quantity().toPlainString()).isEqualTo("12");
    assertThat(row.quantityBasis()).isEqualTo(QuantityBasis.ENDORSED);
    assertThat(row.permitLine()).isEqualTo(1);
    // a re-export: our certificate as the export permit, origin Uzbekistan with its permit
    assertThat(row.reporterType()).isEqualTo("E");
    assertThat(row.exporter()).isEqualTo("KZ");
    assertThat(row.importer()).isEqualTo("DE");
    assertThat(row.origin()).isEqualTo("UZ");
    assertThat(row.exportPermitNumber()).isEqualTo("26KZ000102");
    assertThat(row.originPermitNumber()).isEqualTo("UZ-2026-E-001284");
    assertThat(row.importPermitNumber()).isNull();
    assertThat(row.appendix()).isEqualTo("II");
  }

  @Test
  void anImportIsReportedAsImporterWithTheExportingCountrysPermit() {
    Permit permit = permit("26KZ000103", Fixtures.importOfGreyParrots("811201401188"), ISSUED);

    AnnualReportRow row = AnnualReportRows.of(permit).getFirst();

    assertThat(row.reporterType()).isEqualTo("I");
    assertThat(row.importer()).isEqualTo("KZ");
    assertThat(row.exporter()).isEqualTo("ZA");
    assertThat(row.origin()).isNull(); // South Africa is both origin and exporter
    assertThat(row.importPermitNumber()).isEqualTo("26KZ000103");
    assertThat(row.exportPermitNumber()).isEqualTo("ZA-EC-2026-000412");
    assertThat(row.originPermitNumber()).isNull();
    // listed in Appendix I, bred by a registered operation: reported under I with source D
    assertThat(row.appendix()).isEqualTo("I");
    assertThat(row.source()).isEqualTo("D");
    assertThat(row.purpose()).isEqualTo("T");
    assertThat(row.quantity()).isEqualByComparingTo("2");
    assertThat(row.quantityBasis()).isEqualTo(QuantityBasis.ISSUED);
  }

  @Test
  void anImportReExportedByAnotherCountryNamesItsCertificateAndTheOriginPermit() {
    ApplicationSnapshot tortoises = Fixtures.reExportOfTortoises("811201401188");
    ApplicationSnapshot.Specimen line = tortoises.specimens().getFirst();
    ApplicationSnapshot fromRussia =
        new ApplicationSnapshot(
            kz.cites.events.PermitType.IMPORT,
            tortoises.applicant(),
            "T",
            new ApplicationSnapshot.Party("Reptile Farm", "Moscow", "RU"),
            List.of(line),
            null,
            true);

    AnnualReportRow row = AnnualReportRows.of(permit("26KZ000104", fromRussia, ISSUED)).getFirst();

    assertThat(row.exporter()).isEqualTo("RU");
    assertThat(row.origin()).isEqualTo("UZ");
    assertThat(row.exportPermitNumber()).isEqualTo("RU-2026-RE-0042");
    assertThat(row.originPermitNumber()).isEqualTo("UZ-2026-E-001284");
    assertThat(row.importPermitNumber()).isEqualTo("26KZ000104");
  }

  @Test
  void aCancelledPermitGivesNoRows() {
    Permit permit =
        permit("26KZ000105", Fixtures.exportOfSakerFalcon("811201401188", true), ISSUED);
    permit.cancel("990140004654", "issued in error", ISSUED.plusSeconds(60));

    assertThat(AnnualReportRows.of(permit)).isEmpty();
  }

  @Test
  void theYearIsTheYearOfIssueInKazakhstan() {
    Permit permit =
        permit("27KZ000001", Fixtures.exportOfSakerFalcon("811201401188", true), NEW_YEARS_EVE_UTC);

    assertThat(AnnualReportRows.yearOf(permit)).isEqualTo(2027);
    assertThat(AnnualReportRows.of(permit).getFirst().year()).isEqualTo(2027);
  }

  /** The application with its first line twice, so that a permit has a second line. */
  private static ApplicationSnapshot withSecondLine(ApplicationSnapshot application) {
    ApplicationSnapshot.Specimen line = application.specimens().getFirst();
    return new ApplicationSnapshot(
        application.permitType(),
        application.applicant(),
        application.purposeCode(),
        application.counterparty(),
        List.of(line, line),
        application.transport(),
        application.personalDataConsent());
  }
}
