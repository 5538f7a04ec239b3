package kz.cites.permit.permits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import kz.cites.permit.Fixtures;
import kz.cites.permit.permits.domain.ConsignmentLine;
import kz.cites.permit.permits.domain.Endorsement;
import kz.cites.permit.permits.domain.PermitDocument;
import kz.cites.permit.permits.domain.PermitForm;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The CITES e-permit XML: valid against the vendored schema, every box where the mapping puts it,
 * Cyrillic and Kazakh names as written (UTF-8) with the Latin transliteration beside them.
 */
class EPermitXmlTest {

  static final String EXPORTER = "Әбенова Айгерім Серікқызы";

  static PermitDocument export() {
    PermitForm form =
        PermitForm.of(
            Fixtures.exportOfSakerFalcon("811201401188", true), Fixtures.REGISTERED_HOLDER);
    return document(form, kz.cites.events.PermitType.EXPORT);
  }

  static PermitDocument document(PermitForm form, kz.cites.events.PermitType type) {
    return new PermitDocument(
        PermitDocument.DOCUMENT_TYPE,
        "26KZ000007",
        type,
        LocalDate.of(2027, 2, 28),
        form.importer(),
        form.exporter(),
        "Тірі күйінде, торларда тасымалдансын",
        form.purposeCode(),
        "7QK2M9XW",
        "Committee of Forestry and Wildlife",
        form.specimens(),
        "Astana",
        Instant.parse("2026-08-31T05:00:00Z"),
        LocalDate.of(2026, 8, 31),
        "860606407353",
        "KZ-2026-S-000012",
        "http://localhost:8080/api/v1/public/permits/26KZ000007?code=7QK2M9XW",
        "Mangilik El avenue 8, 010000 Astana",
        "Қасымов Ерлан Бекұлы",
        "176-12345675",
        null); // no export quota covers the line (box 11a absent)
  }

  @Test
  void anExportPermitIsValidAndCarriesEveryBoxInUtf8() throws Exception {
    byte[] xml = EPermitXml.write(export(), null);

    validate(xml);
    String text = new String(xml, StandardCharsets.UTF_8);
    // written as characters, not escaped: a partner's reader sees the names as printed
    assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains(EXPORTER);
    Document dom = parse(xml);
    assertThat(at(dom, "/e:CITESEPermit/e:HeaderExchangedDocument/e:ID")).isEqualTo("26KZ000007");
    assertThat(at(dom, "//e:HeaderExchangedDocument/e:TypeCode")).isEqualTo("E");
    assertThat(at(dom, "//e:HeaderExchangedDocument/e:PurposeCode")).isEqualTo("P");
    assertThat(at(dom, "//e:EffectiveSpecifiedPeriod/e:EndDateTime/e:DateTimeString"))
        .isEqualTo("20270228");
    assertThat(at(dom, "//e:HeaderExchangedDocument/e:IssueDateTime/e:DateTimeString"))
        .isEqualTo("20260831");
    assertThat(at(dom, "//e:HeaderExchangedDocument/e:Information"))
        .isEqualTo("Тірі күйінде, торларда тасымалдансын");
    // box 4: the registry's name, then its Latin transliteration; box 3 the importer abroad
    assertThat(at(dom, "//e:ConsignorTradeParty/e:Name[1]")).isEqualTo(EXPORTER);
    assertThat(at(dom, "//e:ConsignorTradeParty/e:Name[@languageID='und-Latn']"))
        .isEqualTo("Abenova Aigerim Serikqyzy");
    assertThat(at(dom, "//e:ConsignorTradeParty/e:PostalTradeAddress/e:CountryID")).isEqualTo("KZ");
    assertThat(at(dom, "//e:ConsigneeTradeParty/e:Name")).isEqualTo("Falcon Club Dubai");
    assertThat(at(dom, "//e:ConsigneeTradeParty/e:PostalTradeAddress/e:CountryID")).isEqualTo("AE");
    // box 6 and 5b, box 13: the authority, the security stamp, the signatory by name
    assertThat(at(dom, "//e:FirstSignatoryDocumentAuthentication/e:ID")).isEqualTo("7QK2M9XW");
    assertThat(at(dom, "//e:FirstSignatoryDocumentAuthentication/e:ProviderTradeParty/e:Name"))
        .isEqualTo("Committee of Forestry and Wildlife");
    assertThat(
            at(
                dom,
                "//e:ThirdSignatoryDocumentAuthentication/e:ProviderTradeParty"
                    + "/e:SpecifiedRepresentativePerson/e:Name"))
        .isEqualTo("Қасымов Ерлан Бекұлы");
    assertThat(text).doesNotContain("860606407353"); // the officer's IIN is never sent
    assertThat(at(dom, "//e:TransportContractReferencedDocument/e:ID")).isEqualTo("176-12345675");
    // the line: taxon, quantity, term, source, purpose, origin
    String item = "//e:IncludedSupplyChainConsignmentItem[e:SequenceNumeric='1']";
    assertThat(at(dom, item + "//e:ScientificName")).isEqualTo("Falco cherrug");
    assertThat(at(dom, item + "/e:TransportLogisticsPackage/e:ItemQuantity")).isEqualTo("1");
    assertThat(at(dom, item + "//e:ApplicableProductCharacteristic[e:TypeCode='TERM']/e:Value"))
        .isEqualTo("LIV");
    assertThat(at(dom, item + "//e:ApplicableProductCharacteristic[e:TypeCode='SOURCE']/e:Value"))
        .isEqualTo("C");
    assertThat(at(dom, item + "//e:ApplicableProductCharacteristic[e:TypeCode='PURPOSE']/e:Value"))
        .isEqualTo("P");
    assertThat(at(dom, item + "//e:OriginTradeCountry/e:ID")).isEqualTo("KZ");
    assertThat(at(dom, "//e:ExaminationTransportEvent")).isEmpty();
  }

  @Test
  void anImportPermitCarriesTheCommonNamesAppendixAndTheKazakhAddress() throws Exception {
    PermitForm form =
        PermitForm.of(Fixtures.importOfGreyParrots("811201401188"), Fixtures.REGISTERED_HOLDER);
    byte[] xml = EPermitXml.write(document(form, kz.cites.events.PermitType.IMPORT), null);

    validate(xml);
    Document dom = parse(xml);
    assertThat(at(dom, "//e:HeaderExchangedDocument/e:TypeCode")).isEqualTo("I");
    assertThat(at(dom, "//e:ConsigneeTradeParty/e:Name[1]")).isEqualTo(EXPORTER);
    assertThat(at(dom, "//e:ConsigneeTradeParty/e:PostalTradeAddress/e:LineOne"))
        .isEqualTo("Астана, Мәңгілік Ел 55, 12 пәтер");
    assertThat(at(dom, "//e:ConsignorTradeParty/e:PostalTradeAddress/e:CountryID")).isEqualTo("ZA");
    assertThat(at(dom, "//e:ApplicableProductCharacteristic[e:TypeCode='APPENDIX']/e:Value"))
        .isEqualTo("I");
    assertThat(at(dom, "//e:CommonName[@languageID='en']")).isNotEmpty();
    assertThat(at(dom, "//e:CommonName[@languageID='ru']")).isNotEmpty();
  }

  @Test
  void boxFourteenAppearsOnceCustomsEndorsed() throws Exception {
    Endorsement endorsement =
        new Endorsement(
            List.of(new ConsignmentLine(1, "Falco cherrug", BigDecimal.ONE, null)),
            "Нұр Жол (Хоргос)",
            LocalDate.of(2026, 9, 2),
            "50101/020926/0000042",
            "800229309571",
            "Сұлтанов Руслан Әмірұлы",
            Instant.parse("2026-09-02T06:00:00Z"));
    byte[] xml = EPermitXml.write(export(), endorsement);

    validate(xml);
    Document dom = parse(xml);
    assertThat(at(dom, "//e:ExaminationTransportEvent/e:OccurrenceLogisticsLocation/e:Name"))
        .isEqualTo("Нұр Жол (Хоргос)");
    assertThat(at(dom, "//e:ExaminationTransportEvent/e:ActualOccurrenceDateTime/e:DateTimeString"))
        .isEqualTo("20260902");
    assertThat(at(dom, "//e:ExaminationTransportEvent/e:ReferencedDocument/e:ID"))
        .isEqualTo("50101/020926/0000042");
  }

  @Test
  void theSchemaRefusesAPermitWithoutItsNumberOrWithAnUnknownPurpose() {
    String valid = new String(EPermitXml.write(export(), null), StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                validate(valid.replace("<ID>26KZ000007</ID>", "").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXException.class);
    assertThatThrownBy(
            () ->
                validate(
                    valid
                        .replace("<PurposeCode>P</PurposeCode>", "<PurposeCode>X</PurposeCode>")
                        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXException.class)
        .hasMessageContaining("X");
  }

  static void validate(byte[] xml) throws Exception {
    EPermitXml.schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static String at(Document dom, String path) throws Exception {
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(
        new NamespaceContext() {
          @Override
          public String getNamespaceURI(String prefix) {
            return "e".equals(prefix) ? EPermitXml.NAMESPACE : XMLConstants.NULL_NS_URI;
          }

          @Override
          public String getPrefix(String uri) {
            return null;
          }

          @Override
          public java.util.Iterator<String> getPrefixes(String uri) {
            return java.util.Collections.emptyIterator();
          }
        });
    return xpath.evaluate(path, dom);
  }
}
