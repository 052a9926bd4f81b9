package pe.colca.invoicing.sunat;

import static pe.colca.invoicing.sunat.UblNamespaces.CAC;
import static pe.colca.invoicing.sunat.UblNamespaces.CBC;
import static pe.colca.invoicing.sunat.UblNamespaces.EXT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import pe.colca.invoicing.sunat.SummaryDocument.Amounts;
import pe.colca.invoicing.sunat.SummaryDocument.Line;
import pe.colca.invoicing.sunat.SummaryDocument.VoidLine;

/**
 * Writes a {@link SummaryDocument} as the DOM of SUNAT's UBL 2.0 {@code SummaryDocuments-1} (RC,
 * CustomizationID 1.1) or {@code VoidedDocuments-1} (RA, 1.0), in the element order of SUNAT's schemas
 * (sunat.md §4), with an empty {@code ext:ExtensionContent} where {@link XmlSigner} puts the signature
 * (the same signer as the documents: it looks for the last ExtensionContent, whatever the root).
 * SUNAT's summary XSDs are not on Maven Central, so the tests check the structure instead
 * (SummaryWriterTest). Stateless and thread-safe.
 */
public final class SummaryWriter {

    public static final String SUMMARY = "urn:sunat:names:specification:ubl:peru:schema:xsd:SummaryDocuments-1";
    public static final String VOIDED = "urn:sunat:names:specification:ubl:peru:schema:xsd:VoidedDocuments-1";
    public static final String SAC = "urn:sunat:names:specification:ubl:peru:schema:xsd:SunatAggregateComponents-1";

    private static final DOMImplementation DOM;

    static {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            DOM = factory.newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Splits lines into files of at most {@code maxLines} each (the setting
     * {@code invoicing.summary.max_lines}), keeping their order.
     */
    public static <T> List<List<T>> files(List<T> lines, int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be positive: " + maxLines);
        }
        List<List<T>> files = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += maxLines) {
            files.add(List.copyOf(lines.subList(from, Math.min(lines.size(), from + maxLines))));
        }
        return files;
    }

    /** The unsigned RC or RA. */
    public Document write(SummaryDocument doc) {
        boolean rc = doc.kind() == SummaryDocument.Kind.RC;
        String ns = rc ? SUMMARY : VOIDED;
        Document dom = DOM.createDocument(ns, rc ? "SummaryDocuments" : "VoidedDocuments", null);
        Element root = dom.getDocumentElement();
        root.setAttributeNS(UblNamespaces.XMLNS, "xmlns", ns);
        root.setAttributeNS(UblNamespaces.XMLNS, "xmlns:cac", CAC);
        root.setAttributeNS(UblNamespaces.XMLNS, "xmlns:cbc", CBC);
        root.setAttributeNS(UblNamespaces.XMLNS, "xmlns:ext", EXT);
        root.setAttributeNS(UblNamespaces.XMLNS, "xmlns:ds", UblNamespaces.DS);
        root.setAttributeNS(UblNamespaces.XMLNS, "xmlns:sac", SAC);
        W w = new W(dom);
        Element ext = w.add(root, EXT, "ext:UBLExtensions");
        w.add(w.add(ext, EXT, "ext:UBLExtension"), EXT, "ext:ExtensionContent");
        w.cbc(root, "UBLVersionID", "2.0");
        w.cbc(root, "CustomizationID", rc ? "1.1" : "1.0");
        w.cbc(root, "ID", doc.id());
        w.cbc(root, "ReferenceDate", doc.referenceDate().toString());
        w.cbc(root, "IssueDate", doc.issueDate().toString());
        signature(w, root, doc);
        Element supplier = w.cac(root, "AccountingSupplierParty");
        w.cbc(supplier, "CustomerAssignedAccountID", doc.ruc());
        w.cbc(supplier, "AdditionalAccountID", "6");
        w.cbc(w.cac(w.cac(supplier, "Party"), "PartyLegalEntity"), "RegistrationName", doc.legalName());
        if (rc) {
            int n = 1;
            for (Line line : doc.lines()) {
                summaryLine(w, root, n++, line);
            }
        } else {
            int n = 1;
            for (VoidLine line : doc.voids()) {
                Element el = w.sac(root, "VoidedDocumentsLine");
                w.cbc(el, "LineID", Integer.toString(n++));
                w.cbc(el, "DocumentTypeCode", line.documentType());
                w.sacText(el, "DocumentSerialID", line.series());
                w.sacText(el, "DocumentNumberID", Integer.toString(line.number()));
                w.sacText(el, "VoidReasonDescription", line.reason());
            }
        }
        return dom;
    }

    private static void signature(W w, Element root, SummaryDocument doc) {
        Element signature = w.cac(root, "Signature");
        w.cbc(signature, "ID", UblWriter.SIGNATURE_ID);
        Element party = w.cac(signature, "SignatoryParty");
        w.cbc(w.cac(party, "PartyIdentification"), "ID", doc.ruc());
        w.cbc(w.cac(party, "PartyName"), "Name", doc.legalName());
        w.cbc(w.cac(w.cac(signature, "DigitalSignatureAttachment"), "ExternalReference"), "URI",
                "#" + UblWriter.SIGNATURE_ID);
    }

    private static void summaryLine(W w, Element root, int number, Line line) {
        if (line.needsBuyer() && !line.hasBuyer()) {
            throw new IllegalArgumentException(line.documentId() + " is above S/ 700 and names no buyer (2514)");
        }
        Element el = w.sac(root, "SummaryDocumentsLine");
        w.cbc(el, "LineID", Integer.toString(number));
        w.cbc(el, "DocumentTypeCode", line.documentType());
        w.cbc(el, "ID", line.documentId());
        if (line.hasBuyer()) {
            Element customer = w.cac(el, "AccountingCustomerParty");
            w.cbc(customer, "CustomerAssignedAccountID", line.buyerNumber());
            w.cbc(customer, "AdditionalAccountID", line.buyerType());
        }
        if (line.referencedId() != null && !"03".equals(line.documentType())) {
            Element ref = w.cac(w.cac(el, "BillingReference"), "InvoiceDocumentReference");
            w.cbc(ref, "ID", line.referencedId());
            w.cbc(ref, "DocumentTypeCode", line.referencedType() == null ? "03" : line.referencedType());
        }
        w.cbc(w.cac(el, "Status"), "ConditionCode", Integer.toString(line.condition()));
        Amounts a = line.amounts();
        w.sacAmount(el, "TotalAmount", a.total(), line.currency());
        payment(w, el, a.gravado(), "01", line.currency());
        payment(w, el, a.exonerado(), "02", line.currency());
        payment(w, el, a.inafecto(), "03", line.currency());
        payment(w, el, a.exportacion(), "04", line.currency());
        payment(w, el, a.gratuito(), "05", line.currency());
        Element tax = w.cac(el, "TaxTotal");
        w.amount(tax, "TaxAmount", a.igv(), line.currency());
        Element sub = w.cac(tax, "TaxSubtotal");
        w.amount(sub, "TaxAmount", a.igv(), line.currency());
        Element scheme = w.cac(w.cac(sub, "TaxCategory"), "TaxScheme");
        w.cbc(scheme, "ID", "1000");
        w.cbc(scheme, "Name", "IGV");
        w.cbc(scheme, "TaxTypeCode", "VAT");
    }

    /** A BillingPayment for each affectation with an amount (gravado always, as SUNAT's samples do). */
    private static void payment(W w, Element line, BigDecimal amount, String instruction, String currency) {
        if (amount.signum() == 0 && !"01".equals(instruction)) {
            return;
        }
        Element payment = w.sac(line, "BillingPayment");
        w.amount(payment, "PaidAmount", amount, currency);
        w.cbc(payment, "InstructionID", instruction);
    }

    /** Element helpers over one DOM. */
    private static final class W {
        final Document dom;

        W(Document dom) {
            this.dom = dom;
        }

        Element add(Element parent, String ns, String qname) {
            Element e = dom.createElementNS(ns, qname);
            parent.appendChild(e);
            return e;
        }

        Element cac(Element parent, String name) {
            return add(parent, CAC, "cac:" + name);
        }

        Element sac(Element parent, String name) {
            return add(parent, SAC, "sac:" + name);
        }

        Element cbc(Element parent, String name, String text) {
            Element e = add(parent, CBC, "cbc:" + name);
            e.setTextContent(text);
            return e;
        }

        void sacText(Element parent, String name, String text) {
            sac(parent, name).setTextContent(text);
        }

        void sacAmount(Element parent, String name, BigDecimal value, String currency) {
            Element e = sac(parent, name);
            e.setTextContent(value.setScale(2, RoundingMode.HALF_UP).toPlainString());
            e.setAttribute("currencyID", currency);
        }

        void amount(Element parent, String name, BigDecimal value, String currency) {
            cbc(parent, name, value.setScale(2, RoundingMode.HALF_UP).toPlainString()).setAttribute("currencyID", currency);
        }
    }
}
