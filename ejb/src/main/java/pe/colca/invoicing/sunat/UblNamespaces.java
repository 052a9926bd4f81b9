package pe.colca.invoicing.sunat;

/** The XML namespaces of SUNAT's UBL 2.1 documents (sunat.md, prefixes). */
public final class UblNamespaces {

    public static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public static final String CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    public static final String DEBIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:DebitNote-2";
    public static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public static final String EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    public static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    public static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private UblNamespaces() {
    }
}
