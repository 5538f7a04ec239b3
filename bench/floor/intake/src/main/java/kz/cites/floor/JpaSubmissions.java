package kz.cites.floor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The submission's two inserts through two entities and their Spring Data repositories. */
@Service
public class JpaSubmissions {

  private final ApplicationRows applications;
  private final OutboxRows outbox;
  private final JsonMapper json;

  JpaSubmissions(ApplicationRows applications, OutboxRows outbox, JsonMapper json) {
    this.applications = applications;
    this.outbox = outbox;
    this.json = json;
  }

  @Transactional
  public Submission.Accepted submit(Submission submission) {
    Registration r = Registration.of(submission);
    applications.save(new ApplicationRow(r, submission.content()));
    outbox.save(
        new OutboxRow(
            r.eventId(),
            Registration.TOPIC,
            r.applicationId().toString(),
            Registration.EVENT_TYPE,
            json.writeValueAsString(r.event(submission)),
            Registration.TRACEPARENT));
    return r.accepted();
  }
}
