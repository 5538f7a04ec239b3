package kz.cites.application.species.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import kz.cites.application.species.domain.Appendix;
import kz.cites.application.species.domain.Checklist;
import kz.cites.application.species.domain.ChecklistEdition;
import kz.cites.application.species.domain.Listing;
import kz.cites.application.species.domain.SpeciesChecklist;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code species} table (one row per listing) and {@code species_checklist} (its edition). */
@Component
class JdbcSpeciesChecklist implements SpeciesChecklist {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcSpeciesChecklist(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Checklist load() {
    List<Listing> listings =
        jdbc.sql(
                """
                select scientific_name, appendix, population_countries, population_note,
                       taxon_class, common_name_en, common_name_ru, common_name_kk, synonyms,
                       listing_source, listed_since
                from species order by scientific_name, appendix, id
                """)
            .query((rs, n) -> listing(rs))
            .list();
    return new Checklist(edition().orElse(null), listings);
  }

  @Override
  public boolean isEmpty() {
    return jdbc.sql("select not exists (select 1 from species)").query(Boolean.class).single();
  }

  @Override
  public Optional<ChecklistEdition> edition() {
    return jdbc.sql("select version, checklist_date, origin from species_checklist where id = 1")
        .query(
            (rs, n) ->
                new ChecklistEdition(
                    rs.getString("version"),
                    rs.getObject("checklist_date", LocalDate.class),
                    ChecklistEdition.Origin.valueOf(rs.getString("origin"))))
        .optional();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void replaceAll(Checklist checklist) {
    ChecklistEdition edition = checklist.edition();
    // one writer at a time; readers keep seeing the old checklist until the commit
    jdbc.sql("lock table species in share row exclusive mode").update();
    jdbc.sql("delete from species").update();
    Timestamp now = Timestamp.from(clock.instant());
    String load =
        edition.origin() == ChecklistEdition.Origin.FIXTURE
            ? "fixture"
            : "species+ " + clock.instant();
    for (Listing l : checklist.listings()) {
      jdbc.sql(
              """
              insert into species (scientific_name, appendix, population_countries, population_note,
                  taxon_class, common_name_en, common_name_ru, common_name_kk, synonyms, source,
                  imported_at, listing_source, listed_since)
              values (:name, :appendix, :countries, :note, :class, :en, :ru, :kk, :synonyms,
                  :load, :now, :source, :since)
              """)
          .param("name", l.scientificName())
          .param("appendix", l.appendix().name())
          .param("countries", l.populationCountries().stream().sorted().toArray(String[]::new))
          .param("note", l.populationNote())
          .param("class", l.taxonClass())
          .param("en", l.commonNames().en())
          .param("ru", l.commonNames().ru())
          .param("kk", l.commonNames().kk())
          .param("synonyms", l.synonyms().toArray(String[]::new))
          .param("load", load)
          .param("now", now)
          .param("source", l.source())
          .param("since", l.listedSince())
          .update();
    }
    jdbc.sql(
            """
            insert into species_checklist (id, version, checklist_date, origin, replaced_at)
            values (1, :version, :date, :origin, :now)
            on conflict (id) do update set version = excluded.version,
                checklist_date = excluded.checklist_date, origin = excluded.origin,
                replaced_at = excluded.replaced_at
            """)
        .param("version", edition.version())
        .param("date", edition.date())
        .param("origin", edition.origin().name())
        .param("now", now)
        .update();
  }

  private static Listing listing(ResultSet rs) throws SQLException {
    return new Listing(
        rs.getString("scientific_name"),
        Appendix.of(rs.getString("appendix")),
        new LinkedHashSet<>(strings(rs.getArray("population_countries"))),
        rs.getString("population_note"),
        rs.getString("taxon_class"),
        new Listing.CommonNames(
            rs.getString("common_name_en"),
            rs.getString("common_name_ru"),
            rs.getString("common_name_kk")),
        strings(rs.getArray("synonyms")),
        rs.getString("listing_source"),
        rs.getObject("listed_since", LocalDate.class));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
