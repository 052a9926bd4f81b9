package pe.colca.invoicing.sunat;

import static pe.colca.invoicing.sunat.UblNamespaces.CAC;
import static pe.colca.invoicing.sunat.UblNamespaces.CBC;
import static pe.colca.invoicing.sunat.UblNamespaces.EXT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.sunat.UblDocument.Address;
import pe.colca.invoicing.sunat.UblDocument.Installment;
import pe.colca.invoicing.sunat.UblDocument.Line;
import pe.colca.invoicing.sunat.UblDocument.NoteReference;
import pe.colca.invoicing.sunat.UblDocument.PaymentTerms;
import pe.colca.sales.PricedLine;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.TaxGroup;
import pe.colca.sales.TaxSubtotal;

/**
 * Writes a {@link UblDocument} as the DOM of a SUNAT UBL 2.1 Invoice (01, 03), CreditNote (07) or
 * DebitNote (08), in the element order of the OASIS XSDs (sunat.md §2–§3), with an empty
 * {@code ext:UBLExtensions/…/ext:ExtensionContent} where {@link XmlSigner} puts the signature. The
 * figures are the {@link PricedOrder}'s, written as they are (no arithmetic here), so the XML totals
 * equal the sale's to the céntimo. {@link UblRules#check} runs first: a document SUNAT would reject
 * for its content is refused before any XML exists. Stateless and thread-safe.
 */
public final class UblWriter {

    /** {@code cac:Signature/cbc:ID}, its {@code #URI} and the {@code ds:Signature/@Id}. */
    public static final String SIGNATURE_ID = "SignColca";

    /** Creating an empty document through the implementation avoids building a parser per document. */
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

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String NOTE_FREE = "TRANSFERENCIA GRATUITA DE UN BIEN Y/O SERVICIO PRESTADO GRATUITAMENTE";

    /** The unsigned document. */
    public Document write(UblDocument doc) {
        UblRules.check(doc);
        Kind kind = Kind.of(doc.type());
        Document dom = DOM.createDocument(kind.namespace, kind.root, null);
        Element root = dom.getDocumentElement();
        root.setAttributeNS(UblNamespaces.XMLNS, "xmlns", kind.namespace);
        root.setAttributeNS(UblNamespaces.XMLNS, "xmlns:cac", CAC);
        root.setAttributeNS(UblNamespaces.XMLNS, "xmlns:cbc", CBC);
        root.setAttributeNS(UblNamespaces.XMLNS, "xmlns:ext", EXT);
        root.setAttributeNS(UblNamespaces.XMLNS, "xmlns:ds", UblNamespaces.DS);
        W w = new W(dom, doc.currency());

        Element ext = w.add(root, EXT, "ext:UBLExtensions");
        w.add(w.add(ext, EXT, "ext:UBLExtension"), EXT, "ext:ExtensionContent");
        w.cbc(root, "UBLVersionID", "2.1");
        w.cbc(root, "CustomizationID", "2.0");
        w.cbc(root, "ID", doc.id());
        w.cbc(root, "IssueDate", doc.issueDate().toString());
        w.cbc(root, "IssueTime", TIME.format(doc.issueTime()));
        if (kind == Kind.INVOICE) {
            w.cbc(root, "InvoiceTypeCode", doc.type().code()).setAttribute("listID", doc.operationType());
        }
        PricedOrder t = doc.totals();
        w.cbc(root, "Note", AmountInWords.of(t.payableAmount(), doc.currency())).setAttribute("languageLocaleID", "1000");
        if (t.payableAmount().signum() == 0 && t.freeValue().signum() > 0) {
            w.cbc(root, "Note", NOTE_FREE).setAttribute("languageLocaleID", "1002");
        }
        w.cbc(root, "DocumentCurrencyCode", doc.currency());
        if (kind != Kind.INVOICE) {
            noteReference(w, root, doc.noteReference());
        }
        signatureBlock(w, root, doc);
        supplier(w, root, doc.issuer());
        customer(w, root, doc.customer());
        if (kind == Kind.INVOICE && doc.paymentTerms() != null) {
            paymentTerms(w, root, doc.paymentTerms());
        }
        headerTaxes(w, root, t);
        Element total = w.cac(root, kind == Kind.DEBIT_NOTE ? "RequestedMonetaryTotal" : "LegalMonetaryTotal");
        w.amount(total, "LineExtensionAmount", t.lineExtensionAmount());
        w.amount(total, "TaxInclusiveAmount", t.taxInclusiveAmount());
        w.amount(total, "PayableAmount", t.payableAmount());
        for (Line line : doc.lines()) {
            line(w, root, kind, line);
        }
        return dom;
    }

    private static void noteReference(W w, Element root, NoteReference ref) {
        Element discrepancy = w.cac(root, "DiscrepancyResponse");
        w.cbc(discrepancy, "ReferenceID", ref.referencedId() == null ? "-" : ref.referencedId());
        w.cbc(discrepancy, "ResponseCode", ref.reasonCode());
        w.cbc(discrepancy, "Description", ref.reason());
        if (ref.referencedId() != null) {
            Element billing = w.cac(w.cac(root, "BillingReference"), "InvoiceDocumentReference");
            w.cbc(billing, "ID", ref.referencedId());
            w.cbc(billing, "DocumentTypeCode", ref.referencedType().code());
        }
    }

    private static void signatureBlock(W w, Element root, UblDocument doc) {
        Element signature = w.cac(root, "Signature");
        w.cbc(signature, "ID", SIGNATURE_ID);
        Element party = w.cac(signature, "SignatoryParty");
        w.cbc(w.cac(party, "PartyIdentification"), "ID", doc.issuer().ruc());
        w.cbc(w.cac(party, "PartyName"), "Name", doc.issuer().legalName());
        Element attachment = w.cac(w.cac(signature, "DigitalSignatureAttachment"), "ExternalReference");
        w.cbc(attachment, "URI", "#" + SIGNATURE_ID);
    }

    private static void supplier(W w, Element root, UblDocument.Issuer issuer) {
        Element party = w.cac(w.cac(root, "AccountingSupplierParty"), "Party");
        w.cbc(w.cac(party, "PartyIdentification"), "ID", issuer.ruc()).setAttribute("schemeID", "6");
        if (issuer.tradeName() != null && !issuer.tradeName().isBlank()) {
            w.cbc(w.cac(party, "PartyName"), "Name", issuer.tradeName());
        }
        Element legal = w.cac(party, "PartyLegalEntity");
        w.cbc(legal, "RegistrationName", issuer.legalName());
        Element address = w.cac(legal, "RegistrationAddress");
        Address a = issuer.address();
        if (a != null && a.ubigeo() != null) {
            Element id = w.cbc(address, "ID", a.ubigeo());
            id.setAttribute("schemeAgencyName", "PE:INEI");
            id.setAttribute("schemeName", "Ubigeos");
        }
        w.cbc(address, "AddressTypeCode", issuer.establishmentCode());
        if (a != null) {
            w.optional(address, "CityName", a.province());
            w.optional(address, "CountrySubentity", a.department());
            w.optional(address, "District", a.district());
            if (a.line() != null && !a.line().isBlank()) {
                w.cbc(w.cac(address, "AddressLine"), "Line", a.line());
            }
            w.cbc(w.cac(address, "Country"), "IdentificationCode", "PE");
        }
    }

    private static void customer(W w, Element root, UblDocument.Customer customer) {
        Element party = w.cac(w.cac(root, "AccountingCustomerParty"), "Party");
        w.cbc(w.cac(party, "PartyIdentification"), "ID", customer.documentNumber())
                .setAttribute("schemeID", customer.documentType());
        w.cbc(w.cac(party, "PartyLegalEntity"), "RegistrationName", customer.name());
    }

    private static void paymentTerms(W w, Element root, PaymentTerms terms) {
        Element first = w.cac(root, "PaymentTerms");
        w.cbc(first, "ID", "FormaPago");
        w.cbc(first, "PaymentMeansID", terms.credit() ? "Credito" : "Contado");
        if (!terms.credit()) {
            return;
        }
        w.amount(first, "Amount", terms.pending());
        List<Installment> cuotas = terms.installments();
        for (int i = 0; i < cuotas.size(); i++) {
            Element cuota = w.cac(root, "PaymentTerms");
            w.cbc(cuota, "ID", "FormaPago");
            w.cbc(cuota, "PaymentMeansID", String.format("Cuota%03d", i + 1));
            w.amount(cuota, "Amount", cuotas.get(i).amount());
            w.cbc(cuota, "PaymentDueDate", cuotas.get(i).dueDate().toString());
        }
    }

    private static void headerTaxes(W w, Element root, PricedOrder t) {
        Element total = w.cac(root, "TaxTotal");
        w.amount(total, "TaxAmount", t.taxTotal());
        for (TaxSubtotal s : t.subtotals()) {
            Element sub = w.cac(total, "TaxSubtotal");
            w.amount(sub, "TaxableAmount", s.taxableAmount());
            w.amount(sub, "TaxAmount", s.taxAmount());
            Element category = w.cac(sub, "TaxCategory");
            w.cbc(category, "ID", s.group().categoryId());
            scheme(w, category, s.group());
        }
    }

    private static void scheme(W w, Element category, TaxGroup group) {
        Element scheme = w.cac(category, "TaxScheme");
        w.cbc(scheme, "ID", group.schemeId());
        w.cbc(scheme, "Name", group.schemeName());
        w.cbc(scheme, "TaxTypeCode", group.taxTypeCode());
    }

    private static void line(W w, Element root, Kind kind, Line line) {
        PricedLine p = line.priced();
        Element el = w.cac(root, kind.line);
        w.cbc(el, "ID", Integer.toString(p.number()));
        w.cbc(el, kind.quantity, decimal(p.quantity())).setAttribute("unitCode", line.item().unitCode());
        w.amount(el, "LineExtensionAmount", p.lineExtensionAmount());
        Element price = w.cac(w.cac(el, "PricingReference"), "AlternativeConditionPrice");
        w.cbc(price, "PriceAmount", unit(p.referencePrice())).setAttribute("currencyID", w.currency);
        w.cbc(price, "PriceTypeCode", p.referencePriceType());
        if (!p.free() && p.discountValue().signum() > 0) {
            Element discount = w.cac(el, "AllowanceCharge");
            w.cbc(discount, "ChargeIndicator", "false");
            w.cbc(discount, "AllowanceChargeReasonCode", "00");
            w.cbc(discount, "MultiplierFactorNumeric",
                    p.discountValue().divide(p.grossValue(), 5, RoundingMode.HALF_UP).toPlainString());
            w.amount(discount, "Amount", p.discountValue());
            w.amount(discount, "BaseAmount", p.grossValue());
        }
        Element taxTotal = w.cac(el, "TaxTotal");
        w.amount(taxTotal, "TaxAmount", p.igv());
        Element sub = w.cac(taxTotal, "TaxSubtotal");
        w.amount(sub, "TaxableAmount", p.lineExtensionAmount());
        w.amount(sub, "TaxAmount", p.igv());
        Element category = w.cac(sub, "TaxCategory");
        w.cbc(category, "ID", p.group().categoryId());
        w.cbc(category, "Percent", p.igvPercent().setScale(2, RoundingMode.HALF_UP).toPlainString());
        w.cbc(category, "TaxExemptionReasonCode", p.taxCode());
        scheme(w, category, p.group());
        Element item = w.cac(el, "Item");
        w.cbc(item, "Description", line.item().description());
        if (line.item().code() != null && !line.item().code().isBlank()) {
            w.cbc(w.cac(item, "SellersItemIdentification"), "ID", line.item().code());
        }
        w.cbc(w.cac(el, "Price"), "PriceAmount", unit(p.unitValue())).setAttribute("currencyID", w.currency);
    }

    /** A quantity as given, without trailing zeros. */
    static String decimal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** A unit value: up to 10 decimals, at least 2. */
    static String unit(BigDecimal value) {
        BigDecimal v = value.setScale(Math.min(Math.max(value.scale(), 2), 10), RoundingMode.HALF_UP).stripTrailingZeros();
        return (v.scale() < 2 ? v.setScale(2) : v).toPlainString();
    }

    /** The root, line and quantity element names of each kind. */
    private enum Kind {
        INVOICE(UblNamespaces.INVOICE, "Invoice", "InvoiceLine", "InvoicedQuantity"),
        CREDIT_NOTE(UblNamespaces.CREDIT_NOTE, "CreditNote", "CreditNoteLine", "CreditedQuantity"),
        DEBIT_NOTE(UblNamespaces.DEBIT_NOTE, "DebitNote", "DebitNoteLine", "DebitedQuantity");

        final String namespace;
        final String root;
        final String line;
        final String quantity;

        Kind(String namespace, String root, String line, String quantity) {
            this.namespace = namespace;
            this.root = root;
            this.line = line;
            this.quantity = quantity;
        }

        static Kind of(DocumentType type) {
            return switch (type) {
                case FACTURA, BOLETA -> INVOICE;
                case NOTA_CREDITO -> CREDIT_NOTE;
                case NOTA_DEBITO -> DEBIT_NOTE;
            };
        }
    }

    /** Element helpers over one DOM. */
    private static final class W {
        final Document dom;
        final String currency;

        W(Document dom, String currency) {
            this.dom = dom;
            this.currency = currency;
        }

        Element add(Element parent, String ns, String qname) {
            Element e = dom.createElementNS(ns, qname);
            parent.appendChild(e);
            return e;
        }

        Element cac(Element parent, String name) {
            return add(parent, CAC, "cac:" + name);
        }

        Element cbc(Element parent, String name, String text) {
            Element e = add(parent, CBC, "cbc:" + name);
            e.setTextContent(text);
            return e;
        }

        void optional(Element parent, String name, String text) {
            if (text != null && !text.isBlank()) {
                cbc(parent, name, text);
            }
        }

        void amount(Element parent, String name, BigDecimal value) {
            cbc(parent, name, value.setScale(2, RoundingMode.HALF_UP).toPlainString()).setAttribute("currencyID", currency);
        }
    }
}
