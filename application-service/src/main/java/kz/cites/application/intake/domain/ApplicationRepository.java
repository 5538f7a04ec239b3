package kz.cites.application.intake.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The applications, stored by Spring Data JPA. */
public interface ApplicationRepository extends Repository<Application, UUID> {

  Application save(Application application);

  /** Saves and writes at once, so that the version is the one committed (the draft's ETag). */
  Application saveAndFlush(Application application);

  @EntityGraph(Application.WITH_HISTORY)
  Optional<Application> findById(UUID id);

  /** Loads the application locked, so that concurrent changes and submissions run one at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from Application a where a.id = :id")
  Optional<Application> findForUpdate(@Param("id") UUID id);

  Page<Application> findAll(Pageable pageable);

  Page<Application> findByStatus(ApplicationStatus status, Pageable pageable);

  /** A person's own applications: filed while acting for no company. */
  Page<Application> findByOwnerIinAndOwnerBinIsNull(String ownerIin, Pageable pageable);

  Page<Application> findByOwnerIinAndOwnerBinIsNullAndStatus(
      String ownerIin, ApplicationStatus status, Pageable pageable);

  /** A company's applications, whoever of its people filed them. */
  Page<Application> findByOwnerBin(String ownerBin, Pageable pageable);

  Page<Application> findByOwnerBinAndStatus(
      String ownerBin, ApplicationStatus status, Pageable pageable);
}
