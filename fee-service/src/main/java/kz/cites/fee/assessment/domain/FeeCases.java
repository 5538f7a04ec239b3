package kz.cites.fee.assessment.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FeeCases extends JpaRepository<FeeCase, UUID> {

  /**
   * Creates the case row if it is not there yet. The two inputs of a case arrive on different
   * topics and may race; an insert that ignores conflicts plus a row lock serialises them.
   */
  @Modifying
  @Query(
      value =
          """
          insert into fee_case (application_id, status, created_at) values (:id, 'OPEN', now())
          on conflict (application_id) do nothing
          """,
      nativeQuery = true)
  void openIfAbsent(@Param("id") UUID applicationId);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select f from FeeCase f where f.applicationId = :id")
  Optional<FeeCase> lockById(@Param("id") UUID applicationId);

  @Query(
      value =
          "select application_id from fee_case where status = 'PENDING_TARIFF'"
              + " order by registration_date limit :limit",
      nativeQuery = true)
  List<UUID> pendingTariff(@Param("limit") int limit);

  /**
   * Assessed cases with the verification's evidence in whose grace period has ended at {@code now},
   * or whose grace end is still unknown (calendar data was missing).
   */
  @Query(
      value =
          """
          select application_id from fee_case
          where status = 'ASSESSED' and evidence_at is not null
            and (grace_ends_at is null or grace_ends_at <= :now)
          order by grace_ends_at nulls last limit :limit
          """,
      nativeQuery = true)
  List<UUID> graceDue(@Param("now") Instant now, @Param("limit") int limit);

  /** The payer's assessed duties that still wait for payment, oldest registration first. */
  @Query(
      """
      select new kz.cites.fee.assessment.domain.OpenFee(
        f.applicationId, f.payerId, f.registrationDate, f.graceEndsAt)
      from FeeCase f
      where f.payerId = :payer and f.status = kz.cites.fee.assessment.domain.FeeStatus.ASSESSED
      order by f.registrationDate, f.applicationId
      """)
  List<OpenFee> awaitingPaymentBy(@Param("payer") String payerId);

  /** The payer of a submitted application, read without loading the case. */
  @Query(value = "select payer_id from fee_case where application_id = :id", nativeQuery = true)
  Optional<String> payerOf(@Param("id") UUID applicationId);
}
