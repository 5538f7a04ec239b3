package kz.cites.verification.checks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VerificationRepository extends JpaRepository<Verification, UUID> {

  /** A verification with its checks and their evidence, for reading outside a transaction. */
  @EntityGraph(attributePaths = {"checks", "checks.receipts"})
  Optional<Verification> findWithChecksByApplicationId(UUID applicationId);

  @Query("select c from VerificationCheck c join fetch c.verification where c.id in :ids")
  List<VerificationCheck> findChecks(Collection<UUID> ids);
}
