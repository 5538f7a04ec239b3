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

  /** A person's own: of applications filed while acting for no company. */
  Page<Notification> findByRecipientIinAndRecipientBinIsNull(
      String recipientIin, Pageable pageable);

  Page<Notification> findByRecipientIinAndRecipientBinIsNullAndReadAtIsNull(
      String recipientIin, Pageable pageable);

  /** A company's, whoever of its people filed the application. */
  Page<Notification> findByRecipientBin(String recipientBin, Pageable pageable);

  Page<Notification> findByRecipientBinAndReadAtIsNull(String recipientBin, Pageable pageable);
}
