package kz.cites.application.webhooks.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The webhook outbox as the use cases see it (the dispatcher works it through {@link
 * DeliveryQueue}).
 */
public interface DeliveryRepository
    extends Repository<Delivery, UUID>, JpaSpecificationExecutor<Delivery> {

  Delivery save(Delivery delivery);

  Optional<Delivery> findById(UUID id);

  /** The sequence of the last change of {@code applicationId} queued for the subscription; 0. */
  @Query(
      "select coalesce(max(d.sequence), 0) from Delivery d"
          + " where d.subscriptionId = :subscriptionId and d.applicationId = :applicationId")
  int lastSequence(
      @Param("subscriptionId") UUID subscriptionId, @Param("applicationId") UUID applicationId);
}
