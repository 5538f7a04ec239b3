package kz.cites.permit.permits;

import java.util.List;

/**
 * The boxes of the CITES standard permit form (Res. Conf. 12.3 (Rev. CoP19), Annex 2) with their
 * labels in Kazakh (the state language), Russian (the official language) and English (one of the
 * Convention's working languages, for readers abroad), as {@link PermitPdf} prints them. The
 * Russian labels follow the wording of the CITES permits of the CIS states. This table and {@link
 * Term} are the only place of the form's own words; values (names, marks, numbers) are printed as
 * entered or as the registries give them, never translated.
 */
enum PermitBox {
  NUMBER("1", "Рұқсат/сертификат №", "Разрешение/сертификат №", "Permit/certificate No."),
  VALID_UNTIL("2", "Жарамдылық мерзімі (дейін)", "Действительно до", "Valid until"),
  IMPORTER(
      "3",
      "Импорттаушы (аты және мекенжайы)",
      "Импортёр (имя и адрес)",
      "Importer (name and address)"),
  EXPORTER(
      "4",
      "Экспорттаушы/реэкспорттаушы (аты, мекенжайы және елі)",
      "Экспортёр/реэкспортёр (имя, адрес и страна)",
      "Exporter/re-exporter (name, address and country)"),
  SPECIAL_CONDITIONS("5", "Ерекше шарттар", "Особые условия", "Special conditions"),
  PURPOSE("5a", "Мәміленің мақсаты", "Цель сделки", "Purpose of the transaction"),
  SECURITY_STAMP(
      "5b", "Қауіпсіздік маркасының нөмірі", "Номер марки безопасности", "Security stamp No."),
  MANAGEMENT_AUTHORITY(
      "6",
      "Әкімшілік органның атауы, мекенжайы, мөрі және елі",
      "Название, адрес, печать и страна Административного органа",
      "Name, address, national seal/stamp and country of the Management Authority"),
  SPECIES(
      "7/8",
      "Жануардың ғылыми атауы (туысы мен түрі) және жалпы қолданыстағы атауы",
      "Научное название (род и вид) и обиходное название животного",
      "Scientific name (genus and species) and common name of the animal"),
  DESCRIPTION(
      "9",
      "Үлгілердің сипаттамасы, таңбалануын немесе нөмірлерін қоса алғанда (тірі болса, жасы/жынысы)",
      "Описание образцов, включая маркировку или номера (возраст/пол, если живые)",
      "Description of specimens, including identifying marks or numbers (age/sex if live)"),
  APPENDIX_AND_SOURCE(
      "10", "Қосымша № және шығу көзі", "Приложение № и источник", "Appendix No. and source"),
  QUANTITY(
      "11",
      "Саны (өлшем бірліктерін қоса алғанда)",
      "Количество (включая единицы измерения)",
      "Quantity (including units)"),
  TOTAL_EXPORTED(
      "11a", "Барлығы экспортталды/квота", "Всего экспортировано/квота", "Total exported/quota"),
  COUNTRY_OF_ORIGIN(
      "12",
      "Шығу елі; рұқсат №; күні",
      "Страна происхождения; разрешение №; дата",
      "Country of origin; permit No.; date"),
  COUNTRY_OF_LAST_RE_EXPORT(
      "12a",
      "Соңғы реэкспорт елі; сертификат №; күні",
      "Страна последнего реэкспорта; сертификат №; дата",
      "Country of last re-export; certificate No.; date"),
  OPERATION(
      "12b",
      "Операция нөмірі (тұтқында өсіру)",
      "Номер операции (разведение в неволе)",
      "No. of the operation (captive breeding)"),
  ISSUED_BY(
      "13",
      "Осы рұқсатты берген (орны, күні, лауазымды тұлғаның аты-жөні, қолы, мөрі)",
      "Настоящее разрешение выдано (место, дата, имя должностного лица, подпись, печать)",
      "This permit is issued by (place, date, name of the officer, signature, official stamp)"),
  EXPORT_ENDORSEMENT(
      "14",
      "Экспорт туралы белгі: нақты экспортталған саны, порт, күні, қолы, мөртабаны (кеден толтырады)",
      "Отметка об экспорте: фактически вывезенное количество, порт, дата, подпись, штамп"
          + " (заполняется таможней)",
      "Export endorsement: quantity actually exported, port, date, signature, stamp (completed by"
          + " customs)"),
  WAYBILL(
      "15",
      "Коносамент/авиажүкқұжат №",
      "Коносамент/авианакладная №",
      "Bill of lading/air waybill No.");

  private final String number;
  private final String kk;
  private final String ru;
  private final String en;

  PermitBox(String number, String kk, String ru, String en) {
    this.number = number;
    this.kk = kk;
    this.ru = ru;
    this.en = en;
  }

  /** The box number as printed on the form ({@code 1}, {@code 5a}, {@code 7/8}). */
  String number() {
    return number;
  }

  String kk() {
    return kk;
  }

  String ru() {
    return ru;
  }

  String en() {
    return en;
  }

  /** The label as printed: the number, then one line per language (Kazakh, Russian, English). */
  List<String> lines() {
    return List.of(number + ". " + kk, ru, en);
  }

  /**
   * The other words the form prints (titles, the kinds of document, words inside values), in the
   * same three languages.
   */
  enum Term {
    CONVENTION(
        "Жойылып кету қаупі төнген жабайы фауна мен флора түрлерінің халықаралық саудасы туралы"
            + " конвенция",
        "Конвенция о международной торговле видами дикой фауны и флоры, находящимися под угрозой"
            + " исчезновения",
        "Convention on International Trade in Endangered Species of Wild Fauna and Flora"),
    IMPORT_PERMIT("ИМПОРТҚА РҰҚСАТ", "РАЗРЕШЕНИЕ НА ИМПОРТ", "IMPORT PERMIT"),
    EXPORT_PERMIT("ЭКСПОРТҚА РҰҚСАТ", "РАЗРЕШЕНИЕ НА ЭКСПОРТ", "EXPORT PERMIT"),
    RE_EXPORT_CERTIFICATE(
        "РЕЭКСПОРТ СЕРТИФИКАТЫ", "СЕРТИФИКАТ НА РЕЭКСПОРТ", "RE-EXPORT CERTIFICATE"),
    IMPORT("Импорт", "Импорт", "Import"),
    EXPORT("Экспорт", "Экспорт", "Export"),
    RE_EXPORT("Реэкспорт", "Реэкспорт", "Re-export"),
    ORIGINAL("Түпнұсқа", "Оригинал", "Original"),
    REPUBLIC_OF_KAZAKHSTAN(
        "Қазақстан Республикасы", "Республика Казахстан", "Republic of Kazakhstan"),
    SEAL("Мөр", "Печать", "Seal"),
    SIGNATURE("Қолы (ЭЦҚ)", "Подпись (ЭЦП)", "Signature (EDS)"),
    NCA_CERTIFICATE("ҰКО сертификаты", "сертификат НУЦ", "NCA certificate"),
    ASTANA_TIME("Астана уақыты", "время Астаны", "Astana time"),
    SPECIMENS("дана", "шт.", "specimens"),
    SEX("Жынысы", "Пол", "Sex"),
    AGE("Жасы", "Возраст", "Age"),
    VERIFY("Тексеру", "Проверка", "Verify"),
    APPLICATION("Өтінім", "Заявление", "Application"),
    BORDER_CROSSING("Өткізу пункті", "Пункт пропуска", "Border crossing"),
    DECLARATION("Кедендік декларация", "Таможенная декларация", "Customs declaration"),
    CUSTOMS_OFFICER("Кеден қызметкері", "Должностное лицо таможни", "Customs officer");

    private final String kk;
    private final String ru;
    private final String en;

    Term(String kk, String ru, String en) {
      this.kk = kk;
      this.ru = ru;
      this.en = en;
    }

    String kk() {
      return kk;
    }

    String ru() {
      return ru;
    }

    String en() {
      return en;
    }

    /** The three on one line: {@code kk / ru / en} (one word once when the languages agree). */
    String inAll() {
      return kk.equals(ru) ? kk + " / " + en : kk + " / " + ru + " / " + en;
    }
  }
}
