package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import kz.cites.web.IdempotencyKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Idempotency-Key on the draft and the upload (a retry creates nothing twice, a reused key or one
 * in flight is refused, keys are the caller's own) and the draft's version as ETag / If-Match.
 */
class IdempotencyAndVersionApiTest extends IntakeApiTest {

  /** Another applicant, of these tests alone (others count their drafts). */
  private static final Drafts.Applicant ORAZBEKOVA =
      new Drafts.Applicant(
          "950315400422", "Оразбекова Дана Ерланқызы", "Павлодар, Торайғыров 64", null, null);

  @Autowired DataSource dataSource;
  @Autowired IdempotencyKeys keys;

  private ResultActions createWithKey(Drafts.Draft draft, String iin, String key) throws Exception {
    return mvc.perform(
        post(APPLICATIONS)
            .with(applicant(iin))
            .header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON)
            .content(draft.json()));
  }

  private long drafts(String iin) {
    return jdbc.sql("select count(*) from application where owner_iin = :iin")
        .param("iin", iin)
        .query(Long.class)
        .single();
  }

  @Test
  void aRetriedDraftCreationGetsTheFirstDraftAndCreatesNoSecond() throws Exception {
    String key = UUID.randomUUID().toString();
    long before = drafts(OWNER);
    MockHttpServletResponse first =
        createWithKey(Drafts.export(), OWNER, key)
            .andExpect(status().isCreated())
            .andExpect(header().doesNotExist(IdempotencyKeys.REPLAYED_HEADER))
            .andExpect(header().string("ETag", "\"0\""))
            .andReturn()
            .getResponse();
    String location = first.getHeader("Location");

    MockHttpServletResponse again =
        createWithKey(Drafts.export(), OWNER, key)
            .andExpect(status().isCreated())
            .andExpect(header().string(IdempotencyKeys.REPLAYED_HEADER, "true"))
            .andExpect(header().string("Location", location))
            .andExpect(header().string("ETag", "\"0\""))
            .andExpect(jsonPath("$.id").value(idOf(location).toString()))
            .andReturn()
            .getResponse();
    assertThat(again.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(first.getContentAsString(StandardCharsets.UTF_8))
        .contains("Әбенова Айгерім");
    assertThat(drafts(OWNER)).isEqualTo(before + 1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndCreatesNothing() throws Exception {
    String key = "draft-" + UUID.randomUUID();
    createWithKey(Drafts.export(), OWNER, key).andExpect(status().isCreated());
    long before = drafts(OWNER);
    createWithKey(Drafts.export().purpose("S"), OWNER, key)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "idempotency-key-reused"))
        .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    assertThat(drafts(OWNER)).isEqualTo(before);
  }

  @Test
  void aKeyIsTheCallersOwn() throws Exception {
    String key = "shared-" + UUID.randomUUID();
    String mine =
        createWithKey(Drafts.export(), OWNER, key)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    Drafts.Draft theirs = Drafts.export().by(ORAZBEKOVA);
    String other =
        createWithKey(theirs, theirs.applicantIin(), key)
            .andExpect(status().isCreated())
            .andExpect(header().doesNotExist(IdempotencyKeys.REPLAYED_HEADER))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    assertThat(other).isNotEqualTo(mine);
  }

  @Test
  void aMalformedKeyIsRefusedNamingTheHeader() throws Exception {
    for (String bad : new String[] {"ключ-с-кириллицей", "with space", "x".repeat(201)}) {
      createWithKey(Drafts.export(), OWNER, bad)
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
          .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    }
  }

  @Test
  void aRequestWhoseKeyIsStillInFlightIsRefusedAtOnce() throws Exception {
    String key = "in-flight-" + UUID.randomUUID();
    // another instance working on the same caller's key holds its lock: hold it here
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement lock =
          other.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
        lock.setInt(1, 0x4944454D);
        lock.setString(2, OWNER + " " + key);
        lock.execute();
      }
      long before = drafts(OWNER);
      createWithKey(Drafts.export(), OWNER, key)
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.type").value(PROBLEMS + "idempotency-key-in-use"));
      assertThat(drafts(OWNER)).isEqualTo(before);
      other.rollback();
    }
    // once the other is done the key is free
    createWithKey(Drafts.export(), OWNER, key).andExpect(status().isCreated());
  }

  @Test
  void aRefusedRequestKeepsNothingSoItMayBeCorrectedUnderTheSameKey() throws Exception {
    String key = "fix-" + UUID.randomUUID();
    createWithKey(Drafts.export().with("applicant.iin", "811201401189"), OWNER, key)
        .andExpect(status().isBadRequest());
    createWithKey(Drafts.export(), OWNER, key)
        .andExpect(status().isCreated())
        .andExpect(header().doesNotExist(IdempotencyKeys.REPLAYED_HEADER));
  }

  @Test
  void expiredKeysArePurged() throws Exception {
    String key = "old-" + UUID.randomUUID();
    createWithKey(Drafts.export(), OWNER, key).andExpect(status().isCreated());
    // the service's clock stands still in the tests: its time is up when it was made
    jdbc.sql("update idempotency_key set expires_at = created_at where key = :k")
        .param("k", key)
        .update();
    assertThat(keys.purge()).isGreaterThanOrEqualTo(1);
    long before = drafts(OWNER);
    // after its time the key is a new one: a new draft
    createWithKey(Drafts.export(), OWNER, key)
        .andExpect(status().isCreated())
        .andExpect(header().doesNotExist(IdempotencyKeys.REPLAYED_HEADER));
    assertThat(drafts(OWNER)).isEqualTo(before + 1);
  }

  @Test
  void aRetriedUploadStoresOneDocument() throws Exception {
    String location = created(Drafts.export());
    String key = UUID.randomUUID().toString();
    MockMultipartFile file =
        new MockMultipartFile(
            "file", "договор.pdf", "application/pdf", "%PDF-1.4 договор".getBytes());
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              multipart(location + "/documents")
                  .file(file)
                  .param("type", "CONTRACT")
                  .header("Idempotency-Key", key)
                  .with(applicant(OWNER)))
          .andExpect(status().isCreated());
    }
    read(get(location).with(applicant(OWNER)))
        .path("documents")
        .forEach(d -> assertThat(d.path("type").asString()).isEqualTo("CONTRACT"));
    assertThat(read(get(location).with(applicant(OWNER))).path("documents").size()).isEqualTo(1);
    // the same key for another file is another request
    mvc.perform(
            multipart(location + "/documents")
                .file(new MockMultipartFile("file", "другой.pdf", "application/pdf", pdf(64)))
                .param("type", "CONTRACT")
                .header("Idempotency-Key", key)
                .with(applicant(OWNER)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "idempotency-key-reused"));
  }

  @Test
  void theDraftsVersionIsItsETagAndIfMatchGuardsTheReplacement() throws Exception {
    String location = created(Drafts.export());
    mvc.perform(get(location).with(applicant(OWNER)))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""));

    // based on version 0 (as created): replaced, now version 1
    putIfMatch(location, Drafts.export().purpose("S"), "\"0\"")
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.content.purposeCode").value("S"));
    // a second client still holding version 0 changes nothing
    putIfMatch(location, Drafts.export().purpose("Z"), "\"0\"")
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "precondition-failed"))
        .andExpect(jsonPath("$.field").value("If-Match"))
        .andExpect(jsonPath("$.currentETag").value("\"1\""));
    mvc.perform(get(location).with(applicant(OWNER)))
        .andExpect(jsonPath("$.content.purposeCode").value("S"))
        .andExpect(header().string("ETag", "\"1\""));
    // a weak tag never matches If-Match (strong comparison, RFC 9110 13.1.1)
    putIfMatch(location, Drafts.export(), "W/\"1\"").andExpect(status().isPreconditionFailed());
    // one of a list, or any version
    putIfMatch(location, Drafts.export(), "\"7\", \"1\"")
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"2\""));
    // the same content again changes nothing, so the version stays
    putIfMatch(location, Drafts.export(), "*")
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"2\""));
    // no If-Match: as before, the last writer wins
    replace(location, Drafts.export().purpose("S"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"3\""));
    putIfMatch(location, Drafts.export(), "5")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
        .andExpect(jsonPath("$.field").value("If-Match"));
  }

  @Test
  void aPreconditionFailsBeforeTheOwnershipIsToldApart() throws Exception {
    String location = created(Drafts.export());
    // another applicant learns nothing from If-Match: not found, whatever the version
    Drafts.Draft theirs = Drafts.export().by(ORAZBEKOVA);
    mvc.perform(
            put(location)
                .with(applicant(theirs.applicantIin()))
                .header("If-Match", "\"5\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(theirs.json()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.currentETag").doesNotExist());
  }

  private ResultActions putIfMatch(String location, Drafts.Draft draft, String ifMatch)
      throws Exception {
    return mvc.perform(
        put(location)
            .with(applicant(draft.applicantIin()))
            .header("If-Match", ifMatch)
            .contentType(MediaType.APPLICATION_JSON)
            .content(draft.json()));
  }
}
