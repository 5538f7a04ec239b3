package kz.cites.application.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draft bodies of the applications API, built by name. Unless told otherwise a draft is the export
 * by {@link #ABENOVA} of two captive-bred saker falcons from Kazakhstan to a falconry in Berlin,
 * for personal purposes (P), crossing at Almaty airport on 15 April 2026 (after the tests' fixed
 * today, 20 March 2026), with consent to the processing of personal data:
 *
 * <pre>{@code
 * Drafts.export().by(SEITKALI).purpose("Z").specimen(Drafts.saker().quantity(1)).json()
 * Drafts.importing().purpose("T").specimen(Drafts.specimen("Python regius").from("GH")).json()
 * }</pre>
 *
 * Each call changes one thing of the body; {@link Draft#with} breaks exactly one field the named
 * methods do not reach. The IINs and BINs of the personas pass the check-digit rule.
 */
final class Drafts {

  /** Who applies, as the applicant block of the body names them; {@code iin} signs in. */
  record Applicant(String iin, String name, String address, String phone, String email) {}

  /** The owner of most drafts in the tests. */
  static final Applicant ABENOVA =
      new Applicant(
          "811201401188",
          "Әбенова Айгерім Серікқызы",
          "Алматы, Абай даңғылы 10",
          "+7 701 000 00 00",
          "abenova@example.kz");

  /** Applies, and lists what he applied for. */
  static final Applicant ZHAKSYLYKOV =
      new Applicant(
          "900101300017", "Жақсылықов Ерлан Маратұлы", "Астана, Қабанбай батыр 5", null, null);

  /** Withdraws what he applied for. */
  static final Applicant SEITKALI =
      new Applicant(
          "850315300019", "Сейітқали Айдар Нұрланұлы", "Астана, Қабанбай батыр 5", null, null);

  /** Holds a permit (and a refusal): the authority's decisions reach her cabinet. */
  static final Applicant NURLANOVA =
      new Applicant("920712400029", "Нұрланова Әсел Бекқызы", "Шымкент, Тәуке хан 12", null, null);

  /** Dala Fauna Trade LLP, a company trading in live animals. */
  static final String DALA_FAUNA_BIN = "940140000385";

  static final String DALA_FAUNA = "ТОО «Дала Фауна Трейд»";

  private static final JsonMapper JSON = JsonMapper.shared();

  private Drafts() {}

  /** An export (the applicant is the exporter; the counterparty imports). */
  static Draft export() {
    return new Draft("EXPORT");
  }

  /** An import into Kazakhstan (the counterparty exports). */
  static Draft importing() {
    return new Draft("IMPORT");
  }

  /** The re-export of specimens once imported. */
  static Draft reExport() {
    return new Draft("RE_EXPORT");
  }

  /** A line of two live, captive-bred specimens of {@code scientificName} from Kazakhstan. */
  static Line specimen(String scientificName) {
    return new Line(scientificName);
  }

  /**
   * A hunting trophy of one argali (Ovis ammon, Appendix II), horns and skin, taken from the wild
   * in Kazakhstan on 14 September 2025 under hunting permit HP-2025-000417: complete as intake
   * wants a line taken from the wild in Kazakhstan.
   */
  static Line argaliTrophy() {
    return specimen("Ovis ammon")
        .term("TRO")
        .quantity(1)
        .source("W")
        .huntingPermit("HP-2025-000417")
        .takenOn("2025-09-14")
        .animals(1)
        .marks("мүйіздері мен терісі, бирка KZ-H-2025-017");
  }

  /** Two live, captive-bred saker falcons (Falco cherrug, Appendix II) from Kazakhstan. */
  static Line saker() {
    return specimen("Falco cherrug");
  }

  /** A draft body under construction. */
  static final class Draft {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private Draft(String permitType) {
      body.put("permitType", permitType);
      by(ABENOVA);
      body.put("purposeCode", "P");
      counterparty("Falknerei GmbH", "Berlin", "DE");
      specimen(saker());
      body.put(
          "transport",
          new LinkedHashMap<>(
              Map.of("borderCrossing", "Almaty airport", "plannedDate", "2026-04-15")));
      body.put("personalDataConsent", true);
    }

    /** A person applying for themself (type INDIVIDUAL). */
    Draft by(Applicant applicant) {
      Map<String, Object> block = new LinkedHashMap<>();
      block.put("type", "INDIVIDUAL");
      block.put("iin", applicant.iin());
      block.put("name", applicant.name());
      block.put("address", applicant.address());
      if (applicant.phone() != null) {
        block.put("phone", applicant.phone());
      }
      if (applicant.email() != null) {
        block.put("email", applicant.email());
      }
      body.put("applicant", block);
      return this;
    }

    /** The applicant acts for a company (type LEGAL_ENTITY) under its BIN and name. */
    Draft actingFor(String bin, String companyName) {
      applicantBlock().put("type", "LEGAL_ENTITY");
      applicantBlock().put("bin", bin);
      applicantBlock().put("name", companyName);
      return this;
    }

    /** The purpose code of Res. Conf. 12.3 (T commercial, Z zoo, S scientific, P personal...). */
    Draft purpose(String purposeCode) {
      return with("purposeCode", purposeCode);
    }

    /** The other side of the trade. */
    Draft counterparty(String name, String address, String countryCode) {
      body.put(
          "counterparty",
          new LinkedHashMap<>(
              Map.of("name", name, "address", address, "countryCode", countryCode)));
      return this;
    }

    /** The draft's only specimen line. */
    Draft specimen(Line line) {
      return specimens(line);
    }

    /** The draft's specimen lines, in this order ({@code specimens[0]} first). */
    Draft specimens(Line... lines) {
      List<Object> list = new ArrayList<>();
      for (Line line : lines) {
        list.add(new LinkedHashMap<>(line.fields));
      }
      body.put("specimens", list);
      return this;
    }

    /** When the specimens are to cross the border (ISO date). */
    Draft plannedOn(String date) {
      return with("transport.plannedDate", date);
    }

    /** The bill of lading or air waybill number (permit box 15). */
    Draft waybill(String number) {
      return with("transport.waybillNumber", number);
    }

    /** Without the member {@code personalDataConsent} at all. */
    Draft withoutConsent() {
      return with("personalDataConsent", null);
    }

    /** With the consent to the processing of personal data refused. */
    Draft consentRefused() {
      return with("personalDataConsent", false);
    }

    /**
     * Sets (or with {@code null} removes) the member at a path such as {@code applicant.iin} or
     * {@code specimens[0].quantity}: for breaking exactly one field.
     */
    @SuppressWarnings("unchecked")
    Draft with(String path, Object value) {
      String[] steps = path.split("\\.");
      Map<String, Object> node = body;
      for (int i = 0; i < steps.length - 1; i++) {
        node = (Map<String, Object>) child(node, steps[i]);
      }
      String last = steps[steps.length - 1];
      if (value == null) {
        node.remove(last);
      } else {
        node.put(last, value);
      }
      return this;
    }

    /** The IIN of the applicant the body names: who signs in to send it. */
    String applicantIin() {
      return (String) applicantBlock().get("iin");
    }

    /** The body as the API takes it. */
    String json() {
      return JSON.writeValueAsString(body);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> applicantBlock() {
      return (Map<String, Object>) body.get("applicant");
    }

    private static Object child(Map<String, Object> node, String step) {
      int bracket = step.indexOf('[');
      if (bracket < 0) {
        return node.get(step);
      }
      List<?> list = (List<?>) node.get(step.substring(0, bracket));
      return list.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
    }
  }

  /** One specimen line under construction. */
  static final class Line {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Line(String scientificName) {
      fields.put("scientificName", scientificName);
      fields.put("termCode", "LIV");
      fields.put("quantity", 2);
      fields.put("sourceCode", "C");
      fields.put("countryOfOrigin", "KZ");
    }

    /** What the specimens are (term code: LIV, SKI, TRO...). */
    Line term(String termCode) {
      return set("termCode", termCode);
    }

    /** How many (a number of specimens without a unit). */
    Line quantity(Number quantity) {
      return set("quantity", quantity);
    }

    /** The unit of the quantity (KIL, GRM...); without one the quantity counts specimens. */
    Line unit(String unitCode) {
      return set("unitCode", unitCode);
    }

    /** The source code of Res. Conf. 12.3 (W wild, C captive-bred, U unknown, O pre-Convention). */
    Line source(String sourceCode) {
      return set("sourceCode", sourceCode);
    }

    /** The country of origin (ISO 3166-1 alpha-2). */
    Line from(String countryOfOrigin) {
      return set("countryOfOrigin", countryOfOrigin);
    }

    /** Rings, microchips or tags. */
    Line marks(String marks) {
      return set("marks", marks);
    }

    /** The Kazakh hunting permit of wild specimens from Kazakhstan. */
    Line huntingPermit(String number) {
      return set("huntingPermitNumber", number);
    }

    /** The day the specimens were taken from the wild (ISO date). */
    Line takenOn(String date) {
      return set("takenOn", date);
    }

    /** How many animals the line's specimens come from. */
    Line animals(Object animalCount) {
      return set("animalCount", animalCount);
    }

    /** Why the source is unknown (source U). */
    Line sourceJustification(String why) {
      return set("sourceJustification", why);
    }

    /** The source before the Convention applied (source O). */
    Line originalSource(String sourceCode) {
      return set("originalSourceCode", sourceCode);
    }

    /** The appendix the applicant claims (the checklist decides). */
    Line claimedAppendix(String appendix) {
      return set("appendix", appendix);
    }

    /** The CITES permit of the country of origin (box 12). */
    Line originPermit(String number, String country, String issuedOn) {
      return set(
          "originPermit",
          new LinkedHashMap<>(Map.of("number", number, "country", country, "issuedOn", issuedOn)));
    }

    /** The sex of live specimens (permit box 9). */
    Line sex(String sex) {
      return set("sex", sex);
    }

    /** The age of live specimens (permit box 9). */
    Line age(String age) {
      return set("age", age);
    }

    /** The re-export certificate of the country that last re-exported them (permit box 12a). */
    Line lastReExport(String number, String country, String issuedOn) {
      return set(
          "lastReExport",
          new LinkedHashMap<>(Map.of("number", number, "country", country, "issuedOn", issuedOn)));
    }

    /** The captive-breeding operation they come from (permit box 12b). */
    Line breedingOperation(String number) {
      return set("breedingOperationNumber", number);
    }

    /** Common names as a client might send them (the checklist's replace them). */
    Line claimedCommonNames(String kk, String ru, String en) {
      return set("commonNames", new LinkedHashMap<>(Map.of("kk", kk, "ru", ru, "en", en)));
    }

    private Line set(String member, Object value) {
      fields.put(member, value);
      return this;
    }
  }
}
