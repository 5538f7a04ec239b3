package kz.cites.application.intake.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.application.intake.domain.ApplicationDocument;
import kz.cites.application.intake.domain.DocumentStore;
import kz.cites.application.intake.domain.DocumentType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Documents in the {@code application_document} table (bytes as bytea). */
@Component
class JdbcDocumentStore implements DocumentStore {

  private static final String COLUMNS =
      "id, application_id, type, media_type, size_bytes, sha256, file_name, uploaded_at";

  private final JdbcClient jdbc;

  JdbcDocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void save(ApplicationDocument d, byte[] content) {
    jdbc.sql(
            "insert into application_document ("
                + COLUMNS
                + ", content) values (:id, :app, :type, :media, :size, :sha, :name, :at, :content)")
        .param("id", d.id())
        .param("app", d.applicationId())
        .param("type", d.type().name())
        .param("media", d.mediaType())
        .param("size", d.size())
        .param("sha", d.sha256())
        .param("name", d.fileName())
        .param("at", Timestamp.from(d.uploadedAt()))
        .param("content", content)
        .update();
  }

  @Override
  public List<ApplicationDocument> list(UUID applicationId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from application_document where application_id = :app order by uploaded_at, id")
        .param("app", applicationId)
        .query((rs, n) -> document(rs))
        .list();
  }

  @Override
  public Optional<StoredFile> content(UUID applicationId, UUID documentId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + ", content from application_document where application_id = :app and id = :id")
        .param("app", applicationId)
        .param("id", documentId)
        .query((rs, n) -> new StoredFile(document(rs), rs.getBytes("content")))
        .optional();
  }

  private static ApplicationDocument document(ResultSet rs) throws SQLException {
    return new ApplicationDocument(
        rs.getObject("id", UUID.class),
        rs.getObject("application_id", UUID.class),
        DocumentType.valueOf(rs.getString("type")),
        rs.getString("media_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("file_name"),
        rs.getTimestamp("uploaded_at").toInstant());
  }
}
