package pe.colca.invoicing.print;

import static pe.colca.invoicing.sunat.UblNamespaces.CAC;
import static pe.colca.invoicing.sunat.UblNamespaces.CBC;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.sunat.AmountInWords;
import pe.colca.invoicing.sunat.UblNamespaces;
import pe.colca.invoicing.print.PrintedDocument.Installment;
import pe.colca.invoicing.print.PrintedDocument.Line;
import pe.colca.invoicing.print.PrintedDocument.NoteReference;
import pe.colca.invoicing.print.PrintedDocument.Party;
import pe.colca.invoicing.print.PrintedDocument.PaymentTerms;
import pe.colca.invoicing.print.PrintedDocument.Subtotal;

/**
 * Reads a SUNAT UBL 2.1 Invoice (01, 03), CreditNote (07) or DebitNote (08) — the signed bytes that were
 * stored and sent — into a {@link PrintedDocument}. Only the elements {@code UblWriter} writes and the
 * printed copy needs; no DTDs or external entities are ever resolved. Stateless and thread-safe.
 */
public final class UblReader {

    private UblReader() {
    }

    /**
     * @throws IllegalArgumentException when the bytes are not a UBL document of one of the four kinds
     */
    public static PrintedDocument read(byte[] xml) {
        Element root = parse(xml).getDocumentElement();
        DocumentType type = type(root);
        String[] id = text(root, CBC, "ID").split("-", 2);
        if (id.length != 2) {
            throw new IllegalArgumentException("cbc:ID is not SERIE-NUMERO: " + text(root, CBC, "ID"));
        }
        String currency = orDefault(text(root, CBC, "DocumentCurrencyCode"), "PEN");
        Element total = first(child(root, CAC, "LegalMonetaryTotal"), child(root, CAC, "RequestedMonetaryTotal"));
        BigDecimal payable = amount(total, "PayableAmount");
        Element taxTotal = child(root, CAC, "TaxTotal");
        String words = null;
        for (Element note : children(root, CBC, "Note")) {
            if ("1000".equals(note.getAttribute("languageLocaleID"))) {
                words = note.getTextContent().strip();
            }
        }
        return new PrintedDocument(type, id[0], Long.parseLong(id[1]), LocalDate.parse(text(root, CBC, "IssueDate")),
                text(root, CBC, "IssueTime"), currency, issuer(root), customer(root), lines(root),
                subtotals(taxTotal), amount(taxTotal, "TaxAmount"), amount(total, "LineExtensionAmount"),
                amount(total, "TaxInclusiveAmount"), payable, paymentTerms(root), reference(root),
                words != null ? words : AmountInWords.of(payable, currency), hash(root));
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not a readable XML document: " + e.getMessage(), e);
        }
    }

    private static DocumentType type(Element root) {
        String ns = root.getNamespaceURI();
        if (UblNamespaces.CREDIT_NOTE.equals(ns)) {
            return DocumentType.NOTA_CREDITO;
        }
        if (UblNamespaces.DEBIT_NOTE.equals(ns)) {
            return DocumentType.NOTA_DEBITO;
        }
        if (UblNamespaces.INVOICE.equals(ns)) {
            return DocumentType.fromCode(text(root, CBC, "InvoiceTypeCode"));
        }
        throw new IllegalArgumentException("not a UBL invoice or note: {" + ns + "}" + root.getLocalName());
    }

    private static Party issuer(Element root) {
        Element party = child(child(root, CAC, "AccountingSupplierParty"), CAC, "Party");
        Element legal = child(party, CAC, "PartyLegalEntity");
        Element address = child(legal, CAC, "RegistrationAddress");
        String line = join(text(child(address, CAC, "AddressLine"), CBC, "Line"), text(address, CBC, "District"),
                text(address, CBC, "CityName"), text(address, CBC, "CountrySubentity"));
        return new Party("6", text(child(party, CAC, "PartyIdentification"), CBC, "ID"),
                text(legal, CBC, "RegistrationName"), text(child(party, CAC, "PartyName"), CBC, "Name"), line);
    }

    private static Party customer(Element root) {
        Element party = child(child(root, CAC, "AccountingCustomerParty"), CAC, "Party");
        Element id = child(child(party, CAC, "PartyIdentification"), CBC, "ID");
        Element legal = child(party, CAC, "PartyLegalEntity");
        String address = text(child(child(legal, CAC, "RegistrationAddress"), CAC, "AddressLine"), CBC, "Line");
        return new Party(id == null ? "0" : id.getAttribute("schemeID"), id == null ? "-" : id.getTextContent().strip(),
                text(legal, CBC, "RegistrationName"), null, address);
    }

    private static List<Line> lines(Element root) {
        List<Line> lines = new ArrayList<>();
        for (String name : List.of("InvoiceLine", "CreditNoteLine", "DebitNoteLine")) {
            for (Element line : children(root, CAC, name)) {
                Element quantity = first(child(line, CBC, "InvoicedQuantity"), child(line, CBC, "CreditedQuantity"),
                        child(line, CBC, "DebitedQuantity"));
                Element item = child(line, CAC, "Item");
                Element price = child(child(line, CAC, "PricingReference"), CAC, "AlternativeConditionPrice");
                lines.add(new Line(Integer.parseInt(text(line, CBC, "ID")), decimal(quantity),
                        quantity == null ? "NIU" : orDefault(quantity.getAttribute("unitCode"), "NIU"),
                        text(child(item, CAC, "SellersItemIdentification"), CBC, "ID"), text(item, CBC, "Description"),
                        amount(child(line, CAC, "Price"), "PriceAmount"), amount(price, "PriceAmount"),
                        amount(line, "LineExtensionAmount"), amount(child(line, CAC, "TaxTotal"), "TaxAmount")));
            }
        }
        return lines;
    }

    private static List<Subtotal> subtotals(Element taxTotal) {
        List<Subtotal> subtotals = new ArrayList<>();
        for (Element sub : children(taxTotal, CAC, "TaxSubtotal")) {
            String scheme = text(child(child(sub, CAC, "TaxCategory"), CAC, "TaxScheme"), CBC, "ID");
            subtotals.add(new Subtotal(scheme, amount(sub, "TaxableAmount"), amount(sub, "TaxAmount")));
        }
        return subtotals;
    }

    private static PaymentTerms paymentTerms(Element root) {
        List<Element> terms = children(root, CAC, "PaymentTerms");
        if (terms.isEmpty()) {
            return null;
        }
        boolean credit = false;
        BigDecimal pending = null;
        List<Installment> cuotas = new ArrayList<>();
        for (Element term : terms) {
            String means = orDefault(text(term, CBC, "PaymentMeansID"), "");
            if (means.startsWith("Cuota")) {
                String due = text(term, CBC, "PaymentDueDate");
                cuotas.add(new Installment(means, amount(term, "Amount"), due == null ? null : LocalDate.parse(due)));
            } else if (means.equals("Credito")) {
                credit = true;
                pending = amount(term, "Amount");
            }
        }
        return new PaymentTerms(credit, pending, cuotas);
    }

    private static NoteReference reference(Element root) {
        Element discrepancy = child(root, CAC, "DiscrepancyResponse");
        if (discrepancy == null) {
            return null;
        }
        Element billing = child(child(root, CAC, "BillingReference"), CAC, "InvoiceDocumentReference");
        return new NoteReference(orDefault(text(billing, CBC, "ID"), text(discrepancy, CBC, "ReferenceID")),
                text(billing, CBC, "DocumentTypeCode"), text(discrepancy, CBC, "ResponseCode"),
                text(discrepancy, CBC, "Description"));
    }

    private static String hash(Element root) {
        NodeList digests = root.getElementsByTagNameNS(UblNamespaces.DS, "DigestValue");
        return digests.getLength() == 0 ? null : digests.item(0).getTextContent().strip();
    }

    // ---- DOM helpers ------------------------------------------------------------------------------

    private static Element child(Element parent, String ns, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String ns, String name) {
        Element e = child(parent, ns, name);
        return e == null ? null : e.getTextContent().strip();
    }

    private static BigDecimal amount(Element parent, String name) {
        String text = text(parent, CBC, name);
        return text == null || text.isEmpty() ? null : new BigDecimal(text);
    }

    private static BigDecimal decimal(Element e) {
        return e == null ? BigDecimal.ONE : new BigDecimal(e.getTextContent().strip());
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String orDefault(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String join(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (s.length() > 0) {
                    s.append(", ");
                }
                s.append(p);
            }
        }
        return s.length() == 0 ? null : s.toString();
    }
}
