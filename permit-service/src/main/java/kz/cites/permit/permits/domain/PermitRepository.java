package kz.cites.permit.permits.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PermitRepository extends JpaRepository<Permit, UUID> {

  Optional<Permit> findByNumber(String number);

  Optional<Permit> findByApplicationId(UUID applicationId);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Permit p where p.number = :number")
  Optional<Permit> lockByNumber(@Param("number") String number);
}
