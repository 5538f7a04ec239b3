package kz.cites.permit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.ApplicationSnapshot.Applicant;
import kz.cites.events.ApplicationSnapshot.ApplicantType;
import kz.cites.events.ApplicationSnapshot.Party;
import kz.cites.events.ApplicationSnapshot.Specimen;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.CheckResult;
import kz.cites.events.FeeConfirmed;
import kz.cites.events.FeeRejected;
import kz.cites.events.LocalizedText;
import kz.cites.events.PermitType;
import kz.cites.events.RefusalGround;
import kz.cites.events.VerificationCompleted;
import kz.cites.permit.permits.domain.RegisteredName;

/** Input events as the other services publish them. */
public final class Fixtures {

  public static final String HOLDER_IIN = "811201401188";
  public static final String OTHER_IIN = "061211600012";
  public static final Instant DUE = Instant.parse("2026-09-03T12:30:00Z");

  private Fixtures() {}

  public static ApplicationSnapshot exportOfSakerFalcon(String iin, boolean consent) {
    return new ApplicationSnapshot(
        PermitType.EXPORT,
        new Applicant(
            ApplicantType.INDIVIDUAL,
            iin,
            null,
            "Aidos Serikbayev",
            "Almaty, Abay 1",
            "+77010000000",
            "aidos@example.kz"),
        "P",
        new Party("Falcon Club Dubai", "Dubai, Al Wasl 5", "AE"),
        List.of(
            new Specimen(
                "Falco cherrug",
                "LIV",
                BigDecimal.ONE,
                null,
                "C",
                "KZ",
                null,
                null,
                "ring KZ-0042",
                null,
                null)),
        new ApplicationSnapshot.Transport("Almaty airport", LocalDate.of(2026, 9, 20)),
        consent);
  }

  /**
   * The import for trade (T) of two grey parrots (Psittacus erithacus, Appendix I) bred by an
   * operation registered with the CITES Secretariat in South Africa (source D: treated as Appendix
   * II, Art. VII.4), under the South African export permit, by air: every box the form has a value
   * for, the common names as the checklist gives them.
   */
  public static ApplicationSnapshot importOfGreyParrots(String iin) {
    return new ApplicationSnapshot(
        PermitType.IMPORT,
        new Applicant(
            ApplicantType.INDIVIDUAL,
            iin,
            null,
            "Abenova Aigerim Serikovna",
            "Астана, Мәңгілік Ел 55, 12 пәтер",
            "+77011234567",
            "abenova@example.kz"),
        "T",
        new Party("Cape Parrot Breeders (Pty) Ltd", "Stellenbosch, Dorp St 7", "ZA"),
        List.of(
            new Specimen(
                "Psittacus erithacus",
                "LIV",
                new BigDecimal("2"),
                null,
                "D",
                "ZA",
                new ApplicationSnapshot.OriginPermit(
                    "ZA-EC-2026-000412", "ZA", LocalDate.of(2026, 7, 14)),
                null,
                "closed rings ZA-PE-2025-1187, ZA-PE-2025-1188",
                null,
                null,
                "I",
                "II",
                new ApplicationSnapshot.CommonNames(
                    "Сұр тоты", "Жако; серый попугай", "Grey parrot"),
                "1 male, 1 female",
                "14 months",
                null,
                "A-ZA-523")),
        new ApplicationSnapshot.Transport(
            "Almaty airport", LocalDate.of(2026, 9, 20), "465-12345675"),
        true);
  }

  /**
   * The re-export for trade (T) of twenty Central Asian tortoises (Testudo horsfieldii, Appendix
   * II) bred in Uzbekistan, exported from there under an Uzbek permit and re-exported to Kazakhstan
   * by Russia, now re-exported to Germany (box 12 the Uzbek permit, box 12a the Russian
   * certificate).
   */
  public static ApplicationSnapshot reExportOfTortoises(String iin) {
    return new ApplicationSnapshot(
        PermitType.RE_EXPORT,
        new Applicant(
            ApplicantType.INDIVIDUAL,
            iin,
            null,
            "Abenova Aigerim Serikovna",
            "Астана, Мәңгілік Ел 55, 12 пәтер",
            null,
            null),
        "T",
        new Party("Reptilienhaus Leipzig GmbH", "Leipzig, Pfaffendorfer Str. 29", "DE"),
        List.of(
            new Specimen(
                "Testudo horsfieldii",
                "LIV",
                new BigDecimal("20"),
                null,
                "C",
                "UZ",
                new ApplicationSnapshot.OriginPermit(
                    "UZ-2026-E-001284", "UZ", LocalDate.of(2026, 2, 16)),
                null,
                "microchips 900118001245001 to 900118001245020",
                null,
                null,
                "II",
                "II",
                new ApplicationSnapshot.CommonNames(
                    "Орта Азия тасбақасы", "Среднеазиатская черепаха", "Central Asian tortoise"),
                null,
                null,
                new ApplicationSnapshot.ReExportCertificate(
                    "RU-2026-RE-0042", "RU", LocalDate.of(2026, 3, 1)),
                "UZ-SAM-0041")),
        new ApplicationSnapshot.Transport("Khorgos", LocalDate.of(2026, 9, 25)),
        true);
  }

  public static ApplicationSubmitted submitted(
      UUID applicationId, ApplicationSnapshot application) {
    return new ApplicationSubmitted(
        UUID.randomUUID(),
        IntegrationTest.NOW,
        applicationId,
        "KZ-2026-" + applicationId.toString().substring(0, 8),
        IntegrationTest.NOW,
        LocalDate.of(2026, 8, 31),
        DUE,
        application);
  }

  /** The same application filed by an applicant of {@code type} (a company with its BIN). */
  public static ApplicationSnapshot as(
      ApplicationSnapshot.ApplicantType type, ApplicationSnapshot application) {
    ApplicationSnapshot.Applicant a = application.applicant();
    return new ApplicationSnapshot(
        application.permitType(),
        new ApplicationSnapshot.Applicant(
            type,
            a.iin(),
            type == ApplicationSnapshot.ApplicantType.LEGAL_ENTITY ? "940140000385" : null,
            a.name(),
            a.address(),
            a.phone(),
            a.email()),
        application.purposeCode(),
        application.counterparty(),
        application.specimens(),
        application.transport(),
        application.personalDataConsent());
  }

  /** The holder's name as the individuals database gives it, with its Latin transliteration. */
  public static final RegisteredName REGISTERED_HOLDER =
      new RegisteredName("Әбенова Айгерім Серікқызы", "Abenova Aigerim Serikqyzy");

  public static VerificationCompleted allChecksPassed(UUID applicationId) {
    return new VerificationCompleted(
        UUID.randomUUID(),
        IntegrationTest.NOW,
        applicationId,
        List.of(identityPassed(applicationId)));
  }

  private static CheckResult identityPassed(UUID applicationId) {
    return new CheckResult(
        CheckResult.Check.IDENTITY,
        CheckResult.Outcome.PASSED,
        null,
        null,
        "msg-" + applicationId,
        IntegrationTest.NOW,
        List.of());
  }

  /** The identity passed; the duty-payment look-up found no receipt yet (evidence only). */
  public static VerificationCompleted checksWithoutReceiptYet(UUID applicationId) {
    return new VerificationCompleted(
        UUID.randomUUID(),
        IntegrationTest.NOW,
        applicationId,
        List.of(
            identityPassed(applicationId),
            new CheckResult(
                CheckResult.Check.DUTY_PAYMENT,
                CheckResult.Outcome.RECORDED,
                null,
                "No state duty receipt from payer " + HOLDER_IIN + " yet",
                "msg-pay-" + applicationId,
                IntegrationTest.NOW,
                List.of())));
  }

  /** The identity passed; the court records hold a ruling in force that bans the activity. */
  public static VerificationCompleted courtBan(UUID applicationId) {
    return new VerificationCompleted(
        UUID.randomUUID(),
        IntegrationTest.NOW,
        applicationId,
        List.of(
            // the registry's name of the applicant, as a refusal names them
            new CheckResult(
                CheckResult.Check.IDENTITY,
                CheckResult.Outcome.PASSED,
                null,
                null,
                "msg-" + applicationId,
                IntegrationTest.NOW,
                List.of(),
                REGISTERED_HOLDER.name(),
                REGISTERED_HOLDER.latin()),
            new CheckResult(
                CheckResult.Check.COURT_RECORDS,
                CheckResult.Outcome.FAILED,
                RefusalGround.COURT_BAN,
                "ruling of the Almaty city court of 12 Jan 2026 bans trade in wild animals",
                "msg-court-" + applicationId,
                IntegrationTest.NOW,
                List.of(),
                null,
                null,
                "ACTIVITY_BANNED",
                COURT_BAN_FOUND)));
  }

  /** What verification-service writes of the court ban, in each language. */
  public static final LocalizedText COURT_BAN_FOUND =
      new LocalizedText(
          "Алматы қалалық сотының 12.01.2026 шешімімен жабайы жануарлармен сауда жасауға тыйым"
              + " салынған.",
          "решением Алматинского городского суда от 12.01.2026 запрещена торговля дикими"
              + " животными.",
          "a ruling of the Almaty city court of 2026-01-12 bans trade in wild animals.");

  public static FeeConfirmed feeConfirmed(UUID applicationId) {
    return new FeeConfirmed(
        UUID.randomUUID(), IntegrationTest.NOW, applicationId, new BigDecimal("8650"), List.of());
  }

  public static FeeRejected feeRejected(UUID applicationId) {
    return new FeeRejected(
        UUID.randomUUID(),
        IntegrationTest.NOW,
        applicationId,
        new BigDecimal("8650"),
        BigDecimal.ZERO,
        FeeRejected.Reason.UNPAID);
  }
}
