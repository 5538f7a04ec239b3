package kz.cites.systemtests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draft bodies as a portal integration builds them from the API contract, for the simulator's
 * personas (egov-simulator/README.md). Bodies are plain mutable maps so that a scenario can break
 * exactly one field with {@link #with}.
 */
final class Drafts {

  /** Who applies: the person signing in and, for a company, the BIN they act for. */
  record Applicant(String iin, String bin, Map<String, Object> body) {}

  static final Applicant ABENOVA =
      new Applicant(
          "811201401188",
          null,
          Map.of(
              "type", "INDIVIDUAL",
              "iin", "811201401188",
              "name", "Abenova Aigerim Serikovna",
              "address", "Astana, Mangilik El 55",
              "phone", "+77011234567",
              "email", "abenova@example.kz"));

  /** Pays the duty in cash at a bank, without the application's reference. */
  static final Applicant SEITKALI =
      new Applicant(
          "930521401000",
          null,
          Map.of(
              "type", "INDIVIDUAL",
              "iin", "930521401000",
              "name", "Seitkali Madina",
              "address", "Almaty, Dostyk 12",
              "phone", "+77017654321",
              "email", "seitkali@example.kz"));

  /** An active individual entrepreneur: the application carries the business name. */
  static final Applicant SERIKBAYEV_IP =
      new Applicant(
          "850719302180",
          null,
          Map.of(
              "type", "ENTREPRENEUR",
              "iin", "850719302180",
              "name", "IP Serikbayev Exotic Pets",
              "address", "Almaty, Abay 150",
              "phone", "+77272000150",
              "email", "pets@serikbayev.kz"));

  /**
   * A hunter who held hunting permit HP-2024-000981 of the 2024/25 wolf season (two wolves, 1 Sep
   * 2024 to 31 Jan 2025): the season has ended.
   */
  static final Applicant AKHMETOV =
      new Applicant(
          "880125306299",
          null,
          Map.of(
              "type", "INDIVIDUAL",
              "iin", "880125306299",
              "name", "Akhmetov Nurlan Sabitovich",
              "address", "Karaganda, Yerubayev 35, apt. 8",
              "phone", "+77015553311",
              "email", "akhmetov@example.kz"));

  /** Dala Fauna Trade LLP, signed by its head. */
  static final Applicant DALA_FAUNA_HEAD = company("680514304126");

  /** Dala Fauna Trade LLP, signed by the holder of its power of attorney. */
  static final Applicant DALA_FAUNA_ATTORNEY = company("900322405274");

  private Drafts() {}

  private static Applicant company(String signerIin) {
    return new Applicant(
        signerIin,
        "940140000385",
        Map.of(
            "type", "LEGAL_ENTITY",
            "iin", signerIin,
            "bin", "940140000385",
            "name", "Dala Fauna Trade LLP",
            "address", "Astana, Kunayev 12",
            "phone", "+77172000012",
            "email", "office@dalafauna.kz"));
  }

  /** Export of two captive-bred saker falcons to a zoo in Germany. */
  static Map<String, Object> export(Applicant applicant) {
    return draft(
        "EXPORT",
        applicant,
        "Z",
        party("Tierpark Berlin", "Am Tierpark 125, Berlin", "DE"),
        specimen("Falco cherrug", "LIV", 2, "C", "KZ", "closed rings KZ-2025-0041, KZ-2025-0042"));
  }

  /**
   * Import of captive-bred ball pythons for trade, with the exporting country's permit attached.
   */
  static Map<String, Object> importForTrade(Applicant applicant) {
    return draft(
        "IMPORT",
        applicant,
        "T",
        party("Accra Reptile Farm Ltd", "Ring Road 4, Accra", "GH"),
        specimen("Python regius", "LIV", 5, "C", "GH", "microchips 9850001-9850005"));
  }

  /**
   * Re-export of Central Asian tortoises once imported from Uzbekistan: the line carries the permit
   * of the country of origin (CITES box 12).
   */
  static Map<String, Object> reExport(Applicant applicant) {
    Map<String, Object> line =
        specimen("Testudo horsfieldii", "LIV", 3, "C", "UZ", "shell marks UZ-T-101..103");
    line.put(
        "originPermit",
        mutable(
            Map.of(
                "number",
                "UZ-2025-00731",
                "country",
                "UZ",
                "issuedOn",
                LocalDate.now().minusMonths(8).toString())));
    return draft(
        "RE_EXPORT", applicant, "T", party("Zoohandlung Ost", "Ostring 3, Leipzig", "DE"), line);
  }

  /**
   * Export for hunting-trophy purposes (H) of one wolf's skull and skin, taken from the wild in
   * Kazakhstan on {@code takenOn} under {@link #AKHMETOV}'s hunting permit HP-2024-000981: one
   * trophy of one animal.
   */
  static Map<String, Object> wolfTrophy(String takenOn) {
    Map<String, Object> trophy =
        specimen("Canis lupus", "TRO", 1, "W", "KZ", "череп и шкура, бирка KZ-W-0042");
    trophy.put("huntingPermitNumber", "HP-2024-000981");
    trophy.put("takenOn", takenOn);
    trophy.put("animalCount", 1);
    return draft(
        "EXPORT",
        AKHMETOV,
        "H",
        party("Jagdtrophäen Bayern GmbH", "Jagdweg 7, München", "DE"),
        trophy);
  }

  static Map<String, Object> draft(
      String permitType,
      Applicant applicant,
      String purposeCode,
      Map<String, Object> counterparty,
      Map<String, Object> specimen) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("permitType", permitType);
    body.put("applicant", mutable(applicant.body()));
    body.put("purposeCode", purposeCode);
    body.put("counterparty", counterparty);
    body.put("specimens", new ArrayList<>(List.of(specimen)));
    body.put(
        "transport",
        mutable(
            Map.of(
                "borderCrossing",
                "Astana airport",
                "plannedDate",
                LocalDate.now().plusMonths(1).toString())));
    body.put("personalDataConsent", true);
    return body;
  }

  static Map<String, Object> party(String name, String address, String countryCode) {
    return mutable(Map.of("name", name, "address", address, "countryCode", countryCode));
  }

  static Map<String, Object> specimen(
      String scientificName,
      String termCode,
      int quantity,
      String sourceCode,
      String countryOfOrigin,
      String marks) {
    return mutable(
        Map.of(
            "scientificName", scientificName,
            "termCode", termCode,
            "quantity", quantity,
            "sourceCode", sourceCode,
            "countryOfOrigin", countryOfOrigin,
            "marks", marks));
  }

  /**
   * Sets (or with {@code null} removes) the member at a path such as {@code
   * specimens[0].sourceCode} or {@code applicant.bin}, in place; returns the body.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
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
    return body;
  }

  private static Object child(Map<String, Object> node, String step) {
    int bracket = step.indexOf('[');
    if (bracket < 0) {
      return node.get(step);
    }
    List<?> list = (List<?>) node.get(step.substring(0, bracket));
    return list.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
  }

  private static Map<String, Object> mutable(Map<String, Object> map) {
    return new LinkedHashMap<>(map);
  }
}
