package pe.colca.sunatsim;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The CDR (constancia de recepción): a UBL 2.1 {@code ApplicationResponse} as SUNAT writes it (§7 of
 * sunat.md) — response code and description, 4xxx observations as {@code cbc:Note}, SUNAT as sender,
 * the issuer as receiver, the document and its customer — signed enveloped with the simulator's key and
 * zipped as {@code R-<name>.zip}. Valid against the UBL 2.1 ApplicationResponse schema.
 */
final class CdrWriter {

    static final String NS = "urn:oasis:names:specification:ubl:schema:xsd:ApplicationResponse-2";
    static final String SUNAT_RUC = "20131312955";
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());

    /** What the CDR says about one received file. */
    record Answer(String fileBase, String documentId, String issuerRuc, String recipientId, String responseCode,
                  String description, List<String> notes) {
    }

    private final SimulatorKey key;

    CdrWriter(SimulatorKey key) {
        this.key = key;
    }

    /** The zipped, signed CDR. */
    byte[] zip(Answer answer) {
        return ZipFiles.cdr(answer.fileBase(), Xml.bytes(document(answer)));
    }

    /**
     * The CDR of a summary: the file's answer, then one {@code cac:DocumentResponse} per failing line
     * (document id → SUNAT code), as a rejected (99) summary names them.
     */
    byte[] zip(Answer answer, java.util.Map<String, String> failedLines) {
        return ZipFiles.cdr(answer.fileBase(), Xml.bytes(document(answer, failedLines)));
    }

    Document document(Answer a) {
        return document(a, java.util.Map.of());
    }

    Document document(Answer a, java.util.Map<String, String> failedLines) {
        Document doc = Xml.builder().newDocument();
        Element root = doc.createElementNS(NS, "ar:ApplicationResponse");
        // every prefix declared as an attribute: the signature's canonical form must equal the serialized bytes
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ar", NS);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:cac", Xml.CAC);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:cbc", Xml.CBC);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ext", Xml.EXT);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ds", Xml.DS);
        doc.appendChild(root);
        Element content = add(add(add(root, Xml.EXT, "ext:UBLExtensions"), Xml.EXT, "ext:UBLExtension"), Xml.EXT, "ext:ExtensionContent");
        ZonedDateTime now = ZonedDateTime.now(LIMA);
        cbc(root, "UBLVersionID", "2.0");
        cbc(root, "CustomizationID", "1.0");
        cbc(root, "ID", Long.toString(IDS.incrementAndGet()));
        cbc(root, "IssueDate", now.format(DateTimeFormatter.ISO_LOCAL_DATE));
        cbc(root, "IssueTime", now.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        cbc(root, "ResponseDate", now.format(DateTimeFormatter.ISO_LOCAL_DATE));
        cbc(root, "ResponseTime", now.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        for (String note : a.notes()) {
            cbc(root, "Note", note);
        }
        Element signature = add(root, Xml.CAC, "cac:Signature");
        cbc(signature, "ID", "SignSUNAT");
        Element signatory = add(signature, Xml.CAC, "cac:SignatoryParty");
        cbc(add(signatory, Xml.CAC, "cac:PartyIdentification"), "ID", SUNAT_RUC);
        cbc(add(signatory, Xml.CAC, "cac:PartyName"), "Name", "SUNAT");
        cbc(add(add(signature, Xml.CAC, "cac:DigitalSignatureAttachment"), Xml.CAC, "cac:ExternalReference"), "URI", "#SignSUNAT");
        cbc(add(add(root, Xml.CAC, "cac:SenderParty"), Xml.CAC, "cac:PartyIdentification"), "ID", SUNAT_RUC);
        cbc(add(add(root, Xml.CAC, "cac:ReceiverParty"), Xml.CAC, "cac:PartyIdentification"), "ID", "6-" + a.issuerRuc());
        Element documentResponse = add(root, Xml.CAC, "cac:DocumentResponse");
        Element response = add(documentResponse, Xml.CAC, "cac:Response");
        cbc(response, "ReferenceID", a.documentId());
        cbc(response, "ResponseCode", a.responseCode());
        cbc(response, "Description", a.description());
        cbc(add(documentResponse, Xml.CAC, "cac:DocumentReference"), "ID", a.documentId());
        if (a.recipientId() != null) {
            cbc(add(add(documentResponse, Xml.CAC, "cac:RecipientParty"), Xml.CAC, "cac:PartyIdentification"), "ID", a.recipientId());
        }
        for (java.util.Map.Entry<String, String> failed : failedLines.entrySet()) {
            Element lineResponse = add(root, Xml.CAC, "cac:DocumentResponse");
            Element r = add(lineResponse, Xml.CAC, "cac:Response");
            cbc(r, "ReferenceID", failed.getKey());
            cbc(r, "ResponseCode", failed.getValue());
            cbc(r, "Description", SunatCodes.message(failed.getValue()));
            cbc(add(lineResponse, Xml.CAC, "cac:DocumentReference"), "ID", failed.getKey());
        }
        Signatures.sign(doc, content, "SignSUNAT", key.privateKey(), key.certificate());
        return doc;
    }

    private static Element add(Element parent, String ns, String qname) {
        Element e = parent.getOwnerDocument().createElementNS(ns, qname);
        parent.appendChild(e);
        return e;
    }

    private static void cbc(Element parent, String name, String text) {
        add(parent, Xml.CBC, "cbc:" + name).setTextContent(text);
    }
}
