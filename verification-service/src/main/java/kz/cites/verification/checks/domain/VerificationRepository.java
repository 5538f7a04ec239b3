package kz.cites.verification.checks.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VerificationRepository extends JpaRepository<Verification, UUID> {

  /** A verification with its checks and their evidence, for reading outside a transaction. */
  @EntityGraph(Verification.WITH_CHECKS)
  Optional<Verification> findWithChecksByApplicationId(UUID applicationId);

  /**
   * The verification with its row locked until the transaction ends. An application's six checks
   * answer within milliseconds of each other; stored under optimistic locking alone they failed
   * each other's version check in a burst, and a check that lost five times in a row waited for the
   * next re-check round (10 s): the outcomes are now stored one after the other.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select v from Verification v where v.applicationId = :id")
  Optional<Verification> lockById(@Param("id") UUID applicationId);

  @Query("select c from VerificationCheck c join fetch c.verification where c.id in :ids")
  List<VerificationCheck> findChecks(Collection<UUID> ids);
}
