package kz.cites.permit.permits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.PermitType;
import kz.cites.events.SpecimenOrigin;
import kz.cites.permit.permits.domain.Endorsement;
import kz.cites.permit.permits.domain.PermitDocument;
import kz.cites.permit.permits.domain.PermitForm;
import org.xml.sax.SAXException;

/**
 * The ONE mapping of a permit onto the CITES electronic permit (the e-permitting toolkit 2.0's
 * UN/CEFACT message, as far as {@code epermit/CITES_EPermit_2.0_subset.xsd} holds it; ADR 0018). It
 * maps the signed payload, so the XML says what the signed permit says, box by box, and adds box 14
 * once customs endorsed. Written with the JDK's StAX in UTF-8: Cyrillic and Kazakh names travel as
 * written, the registry's Latin transliteration next to them.
 */
public final class EPermitXml {

  /** The message's namespace (the subset keeps the toolkit's names in one namespace). */
  public static final String NAMESPACE = "urn:un:unece:uncefact:data:draft:CITESEPermit";

  /** Where the schema lies on the class path. */
  public static final String SCHEMA = "epermit/CITES_EPermit_2.0_subset.xsd";

  /** The media type of the e-permit. */
  public static final String MEDIA_TYPE = "application/xml";

  /** Latin transliteration of a name whose language the registry does not say (BCP 47). */
  static final String LATIN = "und-Latn";

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private EPermitXml() {}

  /** The e-permit of {@code permit}; {@code endorsement} is box 14, null until customs endorsed. */
  public static byte[] write(PermitDocument permit, Endorsement endorsement) {
    String issuingCountry = SpecimenOrigin.KAZAKHSTAN;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.setDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, "CITESEPermit");
      xml.writeDefaultNamespace(NAMESPACE);
      context(xml);
      header(xml, permit, issuingCountry);
      consignment(xml, permit, endorsement);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the e-permit of " + permit.number(), e);
    }
    return out.toByteArray();
  }

  /** The schema, compiled, for whoever checks a message against it. */
  public static Schema schema() {
    try (InputStream xsd = EPermitXml.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      if (xsd == null) {
        throw new IllegalStateException("No " + SCHEMA + " on the class path");
      }
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      // the schema is ours and self-contained: nothing to fetch, and nothing may be fetched
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new StreamSource(xsd, SCHEMA));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      throw new IllegalStateException("The e-permit schema does not compile", e);
    }
  }

  private static void context(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("SpecifiedExchangedDocumentContext");
    xml.writeStartElement("BusinessProcessSpecifiedDocumentContextParameter");
    text(xml, "Value", "CITES PERMITTING");
    xml.writeStartElement("SpecifiedDocumentVersion");
    text(xml, "ID", "1");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void header(XMLStreamWriter xml, PermitDocument permit, String issuingCountry)
      throws XMLStreamException {
    xml.writeStartElement("HeaderExchangedDocument");
    text(xml, "ID", permit.number()); // box 1
    text(xml, "Name", "CITES " + typeName(permit.type()));
    text(xml, "TypeCode", typeCode(permit.type()));
    date(xml, "IssueDateTime", permit.issuedOn()); // box 13
    text(xml, "PurposeCode", permit.purposeCode()); // box 5a
    optionalText(xml, "Information", permit.specialConditions()); // box 5
    if (present(permit.issuePlace())) {
      xml.writeStartElement("IssueLogisticsLocation");
      text(xml, "Name", permit.issuePlace());
      xml.writeEndElement();
    }
    xml.writeStartElement("EffectiveSpecifiedPeriod"); // box 2
    date(xml, "StartDateTime", permit.issuedOn());
    date(xml, "EndDateTime", permit.validUntil());
    xml.writeEndElement();
    // box 6 and 5b: the management authority and the security stamp (the verification code)
    xml.writeStartElement("FirstSignatoryDocumentAuthentication");
    optionalText(xml, "ID", permit.securityStampNumber());
    authority(xml, permit, issuingCountry, null);
    xml.writeEndElement();
    // box 13: who issued, when; the officer by name (never by IIN, ADR 0008)
    xml.writeStartElement("ThirdSignatoryDocumentAuthentication");
    date(xml, "ActualDateTime", permit.issuedOn());
    authority(xml, permit, issuingCountry, permit.issuedByName());
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void authority(
      XMLStreamWriter xml, PermitDocument permit, String country, String signatory)
      throws XMLStreamException {
    xml.writeStartElement("ProviderTradeParty");
    text(xml, "Name", permit.issuingAuthority());
    if (present(signatory)) {
      xml.writeStartElement("SpecifiedRepresentativePerson");
      text(xml, "Name", signatory);
      xml.writeEndElement();
    }
    address(xml, permit.issuingAuthorityAddress(), country);
    xml.writeEndElement();
  }

  private static void consignment(
      XMLStreamWriter xml, PermitDocument permit, Endorsement endorsement)
      throws XMLStreamException {
    xml.writeStartElement("SpecifiedSupplyChainConsignment");
    party(xml, "ConsignorTradeParty", permit.exporter()); // box 4
    party(xml, "ConsigneeTradeParty", permit.importer()); // box 3
    if (endorsement != null) { // box 14
      xml.writeStartElement("ExaminationTransportEvent");
      date(xml, "ActualOccurrenceDateTime", endorsement.endorsedOn());
      xml.writeStartElement("OccurrenceLogisticsLocation");
      text(xml, "Name", endorsement.borderCrossing());
      xml.writeEndElement();
      xml.writeStartElement("ReferencedDocument");
      text(xml, "ID", endorsement.declarationNumber());
      xml.writeEndElement();
      xml.writeEndElement();
    }
    if (present(permit.waybillNumber())) { // box 15
      xml.writeStartElement("TransportContractReferencedDocument");
      text(xml, "ID", permit.waybillNumber());
      xml.writeEndElement();
    }
    List<ApplicationSnapshot.Specimen> specimens = permit.specimens();
    for (int i = 0; i < specimens.size(); i++) {
      item(xml, i + 1, specimens.get(i), permit.purposeCode());
    }
    xml.writeEndElement();
  }

  private static void item(
      XMLStreamWriter xml, int line, ApplicationSnapshot.Specimen specimen, String purpose)
      throws XMLStreamException {
    xml.writeStartElement("IncludedSupplyChainConsignmentItem");
    text(xml, "SequenceNumeric", Integer.toString(line));
    xml.writeStartElement("TransportLogisticsPackage"); // box 11
    xml.writeStartElement("ItemQuantity");
    if (present(specimen.unitCode())) {
      xml.writeAttribute("unitCode", specimen.unitCode());
    }
    xml.writeCharacters(decimal(specimen.quantity()));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement("IncludedSupplyChainTradeLineItem");
    xml.writeStartElement("SpecifiedTradeProduct");
    text(xml, "ScientificName", specimen.scientificName()); // box 7
    ApplicationSnapshot.CommonNames names = specimen.commonNames(); // box 8
    if (names != null) {
      commonName(xml, "en", names.en());
      commonName(xml, "ru", names.ru());
      commonName(xml, "kk", names.kk());
    }
    optionalText(xml, "Description", description(specimen)); // box 9
    // box 10 (appendix as listed; Art. VII.4 treatment in the description), 9 (term), 5a
    characteristic(xml, "APPENDIX", specimen.appendix());
    characteristic(xml, "SOURCE", specimen.sourceCode());
    characteristic(xml, "TERM", specimen.termCode());
    characteristic(xml, "PURPOSE", purpose);
    if (present(specimen.countryOfOrigin())) { // box 12
      xml.writeStartElement("OriginTradeCountry");
      text(xml, "ID", specimen.countryOfOrigin());
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** Box 9 in words: the term, then marks, sex and age as the applicant gave them. */
  private static String description(ApplicationSnapshot.Specimen specimen) {
    List<String> parts = new ArrayList<>();
    if (present(specimen.marks())) {
      parts.add(specimen.marks());
    }
    if (present(specimen.sex())) {
      parts.add("sex: " + specimen.sex());
    }
    if (present(specimen.age())) {
      parts.add("age: " + specimen.age());
    }
    if (present(specimen.treatedAsAppendix())
        && !specimen.treatedAsAppendix().equals(specimen.appendix())) {
      parts.add("treated as Appendix " + specimen.treatedAsAppendix() + " (Art. VII.4)");
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static void party(XMLStreamWriter xml, String element, PermitForm.Party party)
      throws XMLStreamException {
    xml.writeStartElement(element);
    if (party == null) {
      // a permit from a snapshot without a counterparty: the box is there, its content unknown
      text(xml, "Name", "-");
      address(xml, null, "XX");
    } else {
      text(xml, "Name", party.name());
      if (present(party.nameLatin()) && !party.nameLatin().equals(party.name())) {
        xml.writeStartElement("Name");
        xml.writeAttribute("languageID", LATIN);
        xml.writeCharacters(party.nameLatin());
        xml.writeEndElement();
      }
      address(xml, party.address(), party.countryCode());
    }
    xml.writeEndElement();
  }

  private static void address(XMLStreamWriter xml, String line, String country)
      throws XMLStreamException {
    xml.writeStartElement("PostalTradeAddress");
    optionalText(xml, "LineOne", line);
    text(xml, "CountryID", present(country) ? country : "XX");
    xml.writeEndElement();
  }

  private static void commonName(XMLStreamWriter xml, String language, String name)
      throws XMLStreamException {
    if (present(name)) {
      xml.writeStartElement("CommonName");
      xml.writeAttribute("languageID", language);
      xml.writeCharacters(name);
      xml.writeEndElement();
    }
  }

  private static void characteristic(XMLStreamWriter xml, String type, String value)
      throws XMLStreamException {
    if (present(value)) {
      xml.writeStartElement("ApplicableProductCharacteristic");
      text(xml, "TypeCode", type);
      text(xml, "Value", value);
      xml.writeEndElement();
    }
  }

  private static void date(XMLStreamWriter xml, String element, LocalDate date)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeStartElement("DateTimeString");
    xml.writeAttribute("format", "102");
    xml.writeCharacters(CCYYMMDD.format(date));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void optionalText(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    if (present(value)) {
      text(xml, element, value);
    }
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String decimal(BigDecimal quantity) {
    return quantity.stripTrailingZeros().toPlainString();
  }

  /** Box 1's kind of document as the e-permit codes it. */
  static String typeCode(PermitType type) {
    return switch (type) {
      case EXPORT -> "E";
      case RE_EXPORT -> "R";
      case IMPORT -> "I";
    };
  }

  private static String typeName(PermitType type) {
    return switch (type) {
      case EXPORT -> "export permit";
      case RE_EXPORT -> "re-export certificate";
      case IMPORT -> "import permit";
    };
  }
}
