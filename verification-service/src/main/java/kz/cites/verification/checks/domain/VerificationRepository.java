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

  /** Checks still waiting for a definite outcome, oldest first. */
  @Query(
      """
      select new kz.cites.verification.checks.domain.CheckRequest(
          c.id, v.applicationId, c.kind, c.subjectId, c.reference, c.expectedName)
      from VerificationCheck c join c.verification v
      where c.status in :statuses
      order by v.openedAt
      """)
  List<CheckRequest> findChecksIn(Collection<CheckStatus> statuses, Pageable page);
}
