package kz.cites.simulator.shep;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.cites.simulator.payment.PaymentLedger;
import kz.cites.simulator.persona.CourtRuling;
import kz.cites.simulator.persona.IinBin;
import kz.cites.simulator.persona.LegalEntity;
import kz.cites.simulator.persona.PersonName;
import kz.cites.simulator.persona.Persona;
import kz.cites.simulator.persona.PersonaDirectory;
import org.springframework.stereotype.Component;

/** What each registry answers, from the seeded data and the payment ledger. */
@Component
class RegistryQueries {

  private final PersonaDirectory directory;
  private final PaymentLedger ledger;

  RegistryQueries(PersonaDirectory directory, PaymentLedger ledger) {
    this.directory = directory;
    this.ledger = ledger;
  }

  record IndividualRecord(
      String iin,
      String lastName,
      String firstName,
      String middleName,
      String lastNameLatin,
      String firstNameLatin,
      String middleNameLatin,
      LocalDate birthDate,
      boolean alive,
      LocalDate deathDate) {}

  record EntityRecord(
      String bin,
      String name,
      String nameLatin,
      LegalEntity.Status status,
      String headIin,
      List<String> attorneyIins) {}

  record EntrepreneurRecord(
      String iin, boolean registered, boolean active, String name, String nameLatin) {}

  record Receipt(
      String receiptNumber, String payerId, BigDecimal amount, Instant paidAt, String reference) {}

  record Receipts(List<Receipt> receipts) {}

  record HuntingPermitRecord(
      String permitNumber,
      String holderIin,
      List<String> species,
      int quantity,
      LocalDate validFrom,
      LocalDate validTo) {}

  record Ruling(
      String caseNumber,
      CourtRuling.Kind kind,
      LocalDate inForceFrom,
      LocalDate until,
      String text) {}

  record Rulings(List<Ruling> rulings) {}

  /** Thrown for a payload the registry cannot read; becomes INVALID_REQUEST. */
  static final class InvalidPayload extends RuntimeException {
    InvalidPayload(String message) {
      super(message, null, false, false);
    }
  }

  ShepAnswer answer(ShepService service, Map<String, Object> payload) {
    if (payload == null) {
      return ShepAnswer.invalid("payload is required");
    }
    try {
      return switch (service) {
        case GBDFL_PERSON -> person(identifier(payload, "iin"));
        case GBDUL_ENTITY -> entity(identifier(payload, "bin"));
        case IP_REGISTRY -> entrepreneur(identifier(payload, "iin"));
        case PAYMENT_RECEIPTS -> receipts(payload);
        case HUNTING_PERMITS -> huntingPermit(payload);
        case COURT_RECORDS -> rulings(payload);
      };
    } catch (InvalidPayload e) {
      return ShepAnswer.invalid(e.getMessage());
    }
  }

  private ShepAnswer person(String iin) {
    return directory
        .registeredPerson(iin)
        .map(
            person ->
                ShepAnswer.ok(
                    new IndividualRecord(
                        person.iin(),
                        person.name().lastName(),
                        person.name().firstName(),
                        person.name().middleName(),
                        latin(person.name()).lastName(),
                        latin(person.name()).firstName(),
                        latin(person.name()).middleName(),
                        person.birthDate(),
                        person.alive(),
                        person.deathDate())))
        .orElseGet(() -> ShepAnswer.notFound("No person with IIN " + iin));
  }

  /** The Latin form of a name; a name the registry holds in Latin only is its own. */
  private static PersonName latin(PersonName name) {
    return name.latin() != null ? name.latin() : name;
  }

  private ShepAnswer entity(String bin) {
    return directory
        .legalEntity(bin)
        .map(
            entity ->
                ShepAnswer.ok(
                    new EntityRecord(
                        entity.bin(),
                        entity.name(),
                        entity.nameLatin(),
                        entity.status(),
                        entity.headIin(),
                        entity.attorneyIins())))
        .orElseGet(() -> ShepAnswer.notFound("No legal entity with BIN " + bin));
  }

  /**
   * A person the individuals database knows but who never registered as an entrepreneur gets {@code
   * registered=false}; an IIN nobody knows gets NOT_FOUND.
   */
  private ShepAnswer entrepreneur(String iin) {
    var entrepreneur = directory.entrepreneur(iin);
    if (entrepreneur.isPresent()) {
      var found = entrepreneur.get();
      return ShepAnswer.ok(
          new EntrepreneurRecord(
              found.iin(), found.registered(), found.active(), found.name(), found.nameLatin()));
    }
    return directory
        .registeredPerson(iin)
        .map(Persona::iin)
        .map(known -> ShepAnswer.ok(new EntrepreneurRecord(known, false, false, null, null)))
        .orElseGet(() -> ShepAnswer.notFound("No person with IIN " + iin));
  }

  private ShepAnswer receipts(Map<String, Object> payload) {
    String payerId = identifier(payload, "payerId");
    String reference = optionalText(payload, "reference");
    return ShepAnswer.ok(
        new Receipts(
            ledger.receipts(payerId, reference).stream()
                .map(
                    receipt ->
                        new Receipt(
                            receipt.receiptNumber(),
                            receipt.payerId(),
                            receipt.amount(),
                            receipt.paidAt(),
                            receipt.reference()))
                .toList()));
  }

  /** A permit held by someone else is reported as not found: the registry does not leak holders. */
  private ShepAnswer huntingPermit(Map<String, Object> payload) {
    String permitNumber = requiredText(payload, "permitNumber");
    String holderIin = payload.get("holderIin") == null ? null : identifier(payload, "holderIin");
    return directory
        .huntingPermit(permitNumber)
        .filter(permit -> holderIin == null || permit.holderIin().equals(holderIin))
        .map(
            permit ->
                ShepAnswer.ok(
                    new HuntingPermitRecord(
                        permit.permitNumber(),
                        permit.holderIin(),
                        permit.species(),
                        permit.quantity(),
                        permit.validFrom(),
                        permit.validTo())))
        .orElseGet(
            () ->
                ShepAnswer.notFound(
                    "No hunting permit "
                        + permitNumber
                        + (holderIin == null ? "" : " held by " + holderIin)));
  }

  /** Court records answer for anyone: no rulings is an empty list, never NOT_FOUND. */
  private ShepAnswer rulings(Map<String, Object> payload) {
    boolean iin = payload.get("iin") != null;
    boolean bin = payload.get("bin") != null;
    if (iin == bin) {
      throw new InvalidPayload("give exactly one of iin and bin");
    }
    String subject = identifier(payload, iin ? "iin" : "bin");
    return ShepAnswer.ok(
        new Rulings(
            directory.rulingsAgainst(subject).stream()
                .map(
                    ruling ->
                        new Ruling(
                            ruling.caseNumber(),
                            ruling.kind(),
                            ruling.inForceFrom(),
                            ruling.until(),
                            ruling.text()))
                .toList()));
  }

  private static String identifier(Map<String, Object> payload, String field) {
    String value = requiredText(payload, field);
    if (!IinBin.isValid(value)) {
      throw new InvalidPayload(field + " must be 12 digits with a valid check digit");
    }
    return value;
  }

  private static String requiredText(Map<String, Object> payload, String field) {
    String value = optionalText(payload, field);
    if (value == null || value.isBlank()) {
      throw new InvalidPayload(field + " is required");
    }
    return value;
  }

  private static String optionalText(Map<String, Object> payload, String field) {
    Object value = payload.get(field);
    if (value != null && !(value instanceof String)) {
      throw new InvalidPayload(field + " must be a string");
    }
    return (String) value;
  }
}
