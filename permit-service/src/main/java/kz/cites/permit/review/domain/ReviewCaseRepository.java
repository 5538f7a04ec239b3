package kz.cites.permit.review.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReviewCaseRepository extends JpaRepository<ReviewCase, UUID> {

  /**
   * The queue: cases of a status, the earliest end of term first (index {@code review_case_queue}).
   */
  @Query(
      "select c from ReviewCase c where c.status = :status"
          + " order by c.termEndsAt asc nulls last, c.createdAt asc")
  Page<ReviewCase> queue(@Param("status") CaseStatus status, Pageable page);

  /** The queue, only cases whose term ends before {@code dueBefore}. */
  @Query(
      "select c from ReviewCase c where c.status = :status and c.termEndsAt < :dueBefore"
          + " order by c.termEndsAt asc, c.createdAt asc")
  Page<ReviewCase> queueDueBefore(
      @Param("status") CaseStatus status, @Param("dueBefore") Instant dueBefore, Pageable page);

  /**
   * Creates the case if this is the first input of the application. Racing first inputs both
   * succeed: the loser's insert waits for the winner's commit and then does nothing.
   */
  @Modifying
  @Query(
      value =
          """
          insert into review_case (application_id, status, created_at)
          values (:applicationId, 'COLLECTING', now()) on conflict do nothing
          """,
      nativeQuery = true)
  void createIfAbsent(@Param("applicationId") UUID applicationId);

  /**
   * The case with its row locked for the rest of the transaction, so inputs of one application that
   * arrive at the same time on different topics are applied one after the other and exactly one of
   * them sees the case complete.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from ReviewCase c where c.applicationId = :applicationId")
  Optional<ReviewCase> lock(@Param("applicationId") UUID applicationId);

  /**
   * The cases {@link ReviewCase#overdueAt} holds for at {@code now} that were not announced yet,
   * with their rows locked for the rest of the transaction. A run waiting for another run's locks
   * sees the rows as that one left them, so it does not find the cases announced meanwhile.
   */
  default List<ReviewCase> lockOverdueNotAnnounced(Instant now) {
    return lockOverdueNotAnnounced(ReviewCase.UNDECIDED, now);
  }

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query(
      "select c from ReviewCase c where "
          + ReviewCase.OVERDUE
          + " and c.overdueNotifiedAt is null order by c.termEndsAt")
  List<ReviewCase> lockOverdueNotAnnounced(
      @Param("undecided") Set<CaseStatus> undecided, @Param("now") Instant now);
}
