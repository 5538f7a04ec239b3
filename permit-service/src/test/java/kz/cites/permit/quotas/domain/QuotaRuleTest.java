package kz.cites.permit.quotas.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.cites.events.ApplicationSnapshot.Specimen;
import kz.cites.events.PermitType;
import org.junit.jupiter.api.Test;

/** What an export permit's lines take from the quotas of the year, as a table of cases. */
class QuotaRuleTest {

  static final Instant SET = Instant.parse("2026-01-10T05:00:00Z");

  static ExportQuota quota(long id, String taxon, String term, String unit, int of, int used) {
    return new ExportQuota(
        id,
        2026,
        taxon,
        "W",
        term,
        unit,
        BigDecimal.valueOf(of),
        BigDecimal.valueOf(used),
        null,
        "921212308469",
        SET);
  }

  static Specimen line(String taxon, String term, String quantity, String unit) {
    return new Specimen(
        taxon, term, new BigDecimal(quantity), unit, "W", "KZ", null, null, null, null, null);
  }

  @Test
  void onlyAnExportCounts() {
    assertThat(QuotaRule.counts(PermitType.EXPORT)).isTrue();
    // a re-export draws on the country of origin's quota; an import on none of ours
    assertThat(QuotaRule.counts(PermitType.RE_EXPORT)).isFalse();
    assertThat(QuotaRule.counts(PermitType.IMPORT)).isFalse();
  }

  @Test
  void linesOfOneQuotaAreAddedUpAndEachLineShowsTheTotalAfterThePermit() {
    ExportQuota horns = quota(3, "Saiga tatarica", "HOR", null, 10, 4);
    ExportQuota skins = quota(5, "Canis lupus", "SKI", null, 20, 0);
    List<Specimen> lines =
        List.of(
            line("Saiga tatarica", "HOR", "2", null),
            line("Ovis ammon", "TRO", "1", null),
            line("Saiga  tatarica ", "HOR", "3", null),
            line("Canis lupus", "SKI", "1", null));

    QuotaDraw draw = QuotaRule.draw(lines, List.of(skins, horns));

    assertThat(draw)
        .isEqualTo(
            new QuotaDraw.Drawn(
                List.of(
                    taken(1, 3, "2", "9", "10"),
                    taken(3, 3, "3", "9", "10"),
                    taken(4, 5, "1", "1", "20"))));
  }

  @Test
  void aQuotaWithExactlyWhatIsAskedForLeftTakesIt() {
    ExportQuota horns = quota(3, "Saiga tatarica", "HOR", null, 10, 8);

    assertThat(QuotaRule.draw(List.of(line("Saiga tatarica", "HOR", "2", null)), List.of(horns)))
        .isEqualTo(new QuotaDraw.Drawn(List.of(taken(1, 3, "2", "10", "10"))));
  }

  @Test
  void oneUnitTooManyOnAnyQuotaStopsThePermit() {
    ExportQuota horns = quota(3, "Saiga tatarica", "HOR", null, 10, 8);
    ExportQuota skins = quota(5, "Canis lupus", "SKI", null, 20, 0);
    List<Specimen> lines =
        List.of(
            line("Canis lupus", "SKI", "1", null),
            line("Saiga tatarica", "HOR", "2", null),
            line("Saiga tatarica", "HOR", "1", null));

    assertThat(QuotaRule.draw(lines, List.of(horns, skins)))
        .isEqualTo(
            new QuotaDraw.Exceeded(horns, new BigDecimal("3"), QuotaDraw.Reason.EXHAUSTED, null));
  }

  @Test
  void aLineInAnotherUnitCannotBeCountedInTheQuota() {
    ExportQuota meat = quota(7, "Saiga tatarica", "MEA", "KIL", 500, 0);

    assertThat(QuotaRule.draw(List.of(line("Saiga tatarica", "MEA", "800", "GRM")), List.of(meat)))
        .isEqualTo(
            new QuotaDraw.Exceeded(
                meat, new BigDecimal("800"), QuotaDraw.Reason.OTHER_UNIT, "GRM"));
  }

  @Test
  void linesNoQuotaCoversAreNotLimited() {
    ExportQuota wildHorns = quota(3, "Saiga tatarica", "HOR", null, 1, 1);
    // other term, other taxon, other source: none is this quota's
    Specimen bredInCaptivity =
        new Specimen(
            "Saiga tatarica", "HOR", BigDecimal.TEN, null, "C", "KZ", null, null, null, null, null);
    List<Specimen> lines =
        List.of(
            line("Saiga tatarica", "SKI", "5", null),
            line("Saiga borealis", "HOR", "5", null),
            bredInCaptivity);

    assertThat(QuotaRule.touched(lines, List.of(wildHorns))).isEmpty();
    assertThat(QuotaRule.draw(lines, List.of(wildHorns))).isEqualTo(QuotaDraw.nothing());
  }

  @Test
  void aTaxonIsWrittenAsTheChecklistWritesIt() {
    assertThat(Taxa.isChecklistName("Falco cherrug")).isTrue();
    assertThat(Taxa.isChecklistName("Ovis ammon collium")).isTrue();
    assertThat(Taxa.isChecklistName(Taxa.normalised("  Ovis   ammon "))).isTrue();
    assertThat(Taxa.isChecklistName("falco cherrug")).isFalse();
    assertThat(Taxa.isChecklistName("Falco")).isFalse();
    assertThat(Taxa.isChecklistName("FALCO CHERRUG")).isFalse();
    assertThat(Taxa.isChecklistName("Балобан")).isFalse();
  }

  private static QuotaDraw.Taken taken(
      int line, long quotaId, String quantity, String exported, String of) {
    return new QuotaDraw.Taken(
        line,
        quotaId,
        2026,
        new BigDecimal(quantity),
        new BigDecimal(exported),
        new BigDecimal(of),
        null);
  }
}
