package kz.cites.application.webhooks.domain;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A webhook row whose id is made here (a random UUID) rather than by the database: Spring Data
 * would take an entity with an id for an existing row and look it up before saving; this one says
 * it is new until it was stored or loaded, so it is saved with a plain insert.
 */
@MappedSuperclass
public abstract class NewRowEntity implements Persistable<UUID> {

  @Id private UUID id;

  /** Made here, not yet stored: saved with an insert, without a look-up first. */
  @Transient private boolean fresh = true;

  /** For JPA, which sets the id of a loaded row. */
  protected NewRowEntity() {}

  /** A new row with a new id. */
  protected NewRowEntity(UUID id) {
    this.id = id;
  }

  public UUID id() {
    return id;
  }

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }

  @PostLoad
  @PostPersist
  void stored() {
    fresh = false;
  }
}
