package kz.cites.verification.checks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VerificationRepository extends JpaRepository<Verification, UUID> {

  /** A verification with its checks and their evidence, for reading outside a transaction. */
  @EntityGraph(attributePaths = {"checks", "checks.receipts"})
  Optional<Verification> findWithChecksByApplicationId(UUID applicationId);

  /** Checks still waiting for a definite outcome of applications still under verification. */
  @Query(
      """
      select c.id from VerificationCheck c join c.verification v
      where c.status in :statuses and v.status = :verificationStatus
      order by v.openedAt
      """)
  List<UUID> findCheckIdsIn(
      Collection<CheckStatus> statuses, Verification.Status verificationStatus, Pageable page);

  @Query("select c from VerificationCheck c join fetch c.verification where c.id in :ids")
  List<VerificationCheck> findChecks(Collection<UUID> ids);
}
