package kz.cites.application.webhooks.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The webhook subscriptions, stored by Spring Data JPA. */
public interface SubscriptionRepository extends Repository<Subscription, UUID> {

  Subscription save(Subscription subscription);

  Optional<Subscription> findById(UUID id);

  void delete(Subscription subscription);

  /** A company's subscriptions, whoever of its people registered them. */
  List<Subscription> findByOwnerBinOrderByCreatedAtAscIdAsc(String ownerBin);

  /** A person's own subscriptions: registered while acting for no company. */
  List<Subscription> findByOwnerIinAndOwnerBinIsNullOrderByCreatedAtAscIdAsc(String ownerIin);
}
