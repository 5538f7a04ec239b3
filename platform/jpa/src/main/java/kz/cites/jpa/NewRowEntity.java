package kz.cites.jpa;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id is made in Java (a random UUID, or one another service gave it) rather than by
 * the database, and that has no version. Spring Data would take such an entity, which has an id
 * from the start, for an existing row and merge it: a look-up by id before every insert. This one
 * says it is new until it was stored or loaded, so {@code save} persists it with a plain insert,
 * and saving it again later (or saving a loaded one) is an update as before.
 *
 * <p>Construct it with an id only for a row that does not exist yet: such an entity is inserted,
 * and an existing row with that id makes the insert fail rather than be overwritten.
 */
@MappedSuperclass
public abstract class NewRowEntity implements Persistable<UUID> {

  @Id private UUID id;

  /** Made here, not yet stored: saved with an insert, without a look-up first. */
  @Transient private boolean fresh = true;

  /** For JPA, which sets the id of a loaded row. */
  protected NewRowEntity() {}

  /** A new row with the id {@code id}. */
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
