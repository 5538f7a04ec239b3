package kz.cites.application.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationRepository;
import kz.cites.application.intake.domain.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code findById} answers the application with its history, through the entity graph named on
 * {@link Application}. Were the name wrong, Spring Data would fall back to an empty graph and the
 * history, read here outside any transaction, could not be loaded.
 */
class ApplicationWithHistoryTest extends IntakeApiTest {

  @Autowired ApplicationRepository applications;

  @Test
  void anApplicationIsReadWithItsHistory() throws Exception {
    UUID id = idOf(created(Drafts.export()));

    Application application = applications.findById(id).orElseThrow();

    assertThat(application.history()).extracting(HistoryEntry::event).contains("DraftCreated");
  }
}
