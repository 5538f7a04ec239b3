package kz.cites.eds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A remembered path answers exactly as building it again would. */
class TrustedRootsTest {

  static final Instant AT = Instant.parse("2026-08-31T06:00:00Z");

  final TestCa nca = new TestCa("Test NCA Root");
  final TrustedRoots roots = new TrustedRoots(List.of(nca.root), null);
  final TestCa.Holder applicant =
      nca.person(
          "811201401188",
          Instant.parse("2026-01-01T00:00:00Z"),
          Instant.parse("2027-01-01T00:00:00Z"));

  @Test
  void theSameCertificateIsAnsweredFromThePathBuiltBefore() {
    assertThat(roots.requireChain(applicant.certificate(), List.of(), AT)).isEqualTo(nca.root);
    assertThat(roots.rememberedPaths()).isEqualTo(1);

    assertThat(roots.requireChain(applicant.certificate(), List.of(), AT.plusSeconds(3600)))
        .isEqualTo(nca.root);
    assertThat(roots.rememberedPaths()).isEqualTo(1);
  }

  @Test
  void aRememberedPathDoesNotHoldOutsideItsCertificatesValidity() {
    roots.requireChain(applicant.certificate(), List.of(), AT);

    for (Instant outside :
        List.of(Instant.parse("2027-01-01T00:00:01Z"), Instant.parse("2025-12-31T23:59:59Z"))) {
      EdsException refused =
          catchThrowableOfType(
              EdsException.class,
              () -> roots.requireChain(applicant.certificate(), List.of(), outside));
      assertThat(refused).as("at %s", outside).isNotNull();
      assertThat(refused.reason()).isEqualTo(EdsException.Reason.UNTRUSTED);
    }
  }

  @Test
  void aCertificateWithTheSameNameFromAnotherRootIsNotTakenForARememberedOne() {
    roots.requireChain(applicant.certificate(), List.of(), AT);
    TestCa.Holder lookalike =
        new TestCa("Test NCA Root")
            .person(
                "811201401188",
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"));

    EdsException refused =
        catchThrowableOfType(
            EdsException.class, () -> roots.requireChain(lookalike.certificate(), List.of(), AT));

    assertThat(refused).isNotNull();
    assertThat(refused.reason()).isEqualTo(EdsException.Reason.UNTRUSTED);
  }
}
