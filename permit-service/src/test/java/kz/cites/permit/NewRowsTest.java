package kz.cites.permit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.cites.events.PermitType;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitForm;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.permits.domain.SecurityCode;
import kz.cites.permit.signing.domain.DocumentSignature;
import kz.cites.permit.signing.domain.DocumentSignatureRepository;
import kz.cites.permit.signing.domain.Signer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows whose id is made here are stored with one insert, and saved again they are updated. Spring
 * Data either persists an entity (an insert at flush) or merges it; a merge looks the id up first
 * and answers a managed copy, leaving the argument detached. So {@code save} answering the very
 * entity it was given, now managed, shows that no look-up was made.
 */
class NewRowsTest extends IntegrationTest {

  /** Far from the year the other tests report on, and removed afterwards. */
  private static final Instant LONG_AGO = Instant.parse("2001-06-01T06:00:00Z");

  @Autowired PlatformTransactionManager transactions;
  @Autowired EntityManager entityManager;
  @Autowired PermitRepository permits;
  @Autowired DocumentSignatureRepository signatures;
  @Autowired JdbcClient jdbc;

  private final UUID applicationId = UUID.randomUUID();

  @AfterEach
  void removeTheRows() {
    jdbc.sql("delete from permit where application_id = ?").param(applicationId).update();
    jdbc.sql("delete from document_signature where application_id = ?")
        .param(applicationId)
        .update();
  }

  @Test
  void aNewPermitIsInsertedWithoutALookUpAndUpdatedWhenSavedAgain() {
    Permit permit =
        new Permit(
            "KZ/2001/TEST/" + applicationId.toString().substring(0, 8),
            applicationId,
            "CITES-2001-000001",
            PermitType.IMPORT,
            LONG_AGO,
            LocalDate.of(2002, 6, 1),
            SecurityCode.generate(),
            "811201401188",
            null,
            PermitForm.of(Fixtures.importOfGreyParrots("811201401188"), Fixtures.REGISTERED_HOLDER),
            null,
            "870101300123");
    inTransaction(
        () -> {
          assertThat(permit.isNew()).isTrue();
          assertThat(permits.saveAndFlush(permit)).isSameAs(permit);
          assertThat(entityManager.contains(permit)).isTrue();
          assertThat(permit.isNew()).isFalse();
          // stored, then changed and saved again: an update of the same row
          permit.attachDocument("signed");
          permits.saveAndFlush(permit);
        });

    inTransaction(
        () -> {
          Permit loaded = permits.findByApplicationId(applicationId).orElseThrow();
          assertThat(loaded.isNew()).isFalse();
          assertThat(loaded.document()).isEqualTo("signed");
        });
  }

  @Test
  void aNewDocumentSignatureIsInsertedWithoutALookUp() {
    DocumentSignature signature =
        new DocumentSignature(
            applicationId,
            "cites-permit+json",
            new byte[] {1, 2, 3},
            new Signer(
                Signer.Role.AUTHORITY, "The authority", null, "123456789012", "0a", LONG_AGO));
    inTransaction(
        () -> {
          assertThat(signatures.save(signature)).isSameAs(signature);
          assertThat(entityManager.contains(signature)).isTrue();
        });

    inTransaction(
        () ->
            assertThat(
                    signatures
                        .findByApplicationIdAndDocumentType(applicationId, "cites-permit+json")
                        .orElseThrow()
                        .isNew())
                .isFalse());
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
  }
}
