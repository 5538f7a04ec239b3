package kz.cites.application.intake.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HearingRepository extends JpaRepository<Hearing, UUID> {

  /** The application's latest hearing (a second one follows only a decision on new grounds). */
  Optional<Hearing> findFirstByApplicationIdOrderByNotifiedAtDesc(UUID applicationId);

  /**
   * Applications whose open hearing's deadline has passed (index {@code hearing_open_deadline}).
   * Read without locks: each is then locked and checked again, application row first.
   */
  @Query(
      "select h.applicationId from Hearing h where h.answeredAt is null and h.lapsedAt is null"
          + " and h.answerBy <= :now order by h.answerBy")
  List<UUID> applicationsWithDeadlinePassed(@Param("now") Instant now, Limit limit);
}
