package kz.cites.permit.permits.persistence;

import java.util.Optional;
import java.util.UUID;
import kz.cites.permit.permits.domain.Permit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PermitRepository extends JpaRepository<Permit, UUID> {

  Optional<Permit> findByNumber(String number);

  Optional<Permit> findByApplicationId(UUID applicationId);
}
