package kz.cites.application.cabinet.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The cabinet notifications, stored by Spring Data JPA. */
public interface NotificationRepository extends Repository<Notification, UUID> {

  Notification save(Notification notification);

  Optional<Notification> findById(UUID id);

  Page<Notification> findByRecipientIin(String recipientIin, Pageable pageable);

  Page<Notification> findByRecipientIinAndReadAtIsNull(String recipientIin, Pageable pageable);
}
