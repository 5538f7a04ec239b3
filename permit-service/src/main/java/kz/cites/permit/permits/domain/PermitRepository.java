package kz.cites.permit.permits.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PermitRepository extends JpaRepository<Permit, UUID> {

  Optional<Permit> findByNumber(String number);

  Optional<Permit> findByApplicationId(UUID applicationId);

  /**
   * One page of the permits issued in {@code [from, to)} that are not {@code excluded}, after the
   * number {@code after} in number order (keyset paging: a year is read page by page, each page
   * found by the index on the number, however far into the year).
   */
  @Query(
      "select p from Permit p where p.issuedAt >= :from and p.issuedAt < :to"
          + " and p.status <> :excluded and p.number > :after order by p.number")
  List<Permit> issuedBetween(
      @Param("from") Instant from,
      @Param("to") Instant to,
      @Param("excluded") PermitStatus excluded,
      @Param("after") String after,
      Pageable page);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Permit p where p.number = :number")
  Optional<Permit> lockByNumber(@Param("number") String number);
}
