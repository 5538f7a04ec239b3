package kz.cites.application.species.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import kz.cites.application.species.domain.Appendix;
import kz.cites.application.species.domain.Listing;
import kz.cites.application.species.domain.SpeciesChecklist;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code species} table. */
@Component
class JdbcSpeciesChecklist implements SpeciesChecklist {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcSpeciesChecklist(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<Listing> all() {
    return jdbc.sql(
            """
            select scientific_name, appendix, population_countries, population_note, taxon_class,
                   common_name_en, common_name_ru, common_name_kk, synonyms
            from species order by scientific_name, appendix
            """)
        .query((rs, n) -> listing(rs))
        .list();
  }

  @Override
  public boolean isEmpty() {
    return jdbc.sql("select not exists (select 1 from species)").query(Boolean.class).single();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void replaceAll(List<Listing> listings, String source) {
    // one writer at a time; readers keep seeing the old checklist until the commit
    jdbc.sql("lock table species in share row exclusive mode").update();
    jdbc.sql("delete from species").update();
    var now = java.sql.Timestamp.from(clock.instant());
    for (Listing l : listings) {
      jdbc.sql(
              """
              insert into species (scientific_name, appendix, population_countries, population_note,
                  taxon_class, common_name_en, common_name_ru, common_name_kk, synonyms, source,
                  imported_at)
              values (:name, :appendix, :countries, :note, :class, :en, :ru, :kk, :synonyms,
                  :source, :now)
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
          .param("source", source)
          .param("now", now)
          .update();
    }
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
        strings(rs.getArray("synonyms")));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
