package pe.colca.invoicing.sunat;

import java.math.BigDecimal;
import java.util.List;
import pe.colca.invoicing.DocumentContentInvalid;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.sunat.UblDocument.Customer;
import pe.colca.invoicing.sunat.UblDocument.Installment;
import pe.colca.invoicing.sunat.UblDocument.Item;
import pe.colca.invoicing.sunat.UblDocument.NoteReference;
import pe.colca.invoicing.sunat.UblDocument.PaymentTerms;

/**
 * The content rules SUNAT rejects a document for (error codes in brackets, sunat.md), checked before
 * any XML exists; the first one broken is thrown as {@link DocumentContentInvalid}. Amount arithmetic
 * is not checked here: it is the pricing component's, by construction.
 */
public final class UblRules {

    private UblRules() {
    }

    public static void check(UblDocument doc) {
        String id = doc.series() + "-" + doc.number();
        DocumentType type = doc.type();
        String pattern = switch (type) {
            case FACTURA -> "F[A-Z0-9]{3}";
            case BOLETA -> "B[A-Z0-9]{3}";
            case NOTA_CREDITO, NOTA_DEBITO -> "[FB][A-Z0-9]{3}";
        };
        if (doc.series() == null || !doc.series().matches(pattern)) {
            fail("invoicing.ubl.series", id, type.code());
        }
        if (doc.number() < 1 || doc.number() > 99_999_999L) {
            fail("invoicing.ubl.number", id);
        }
        if (doc.issuer().ruc() == null || !doc.issuer().ruc().matches("\\d{11}")) {
            fail("invoicing.ubl.issuerRuc", id);
        }
        if (blank(doc.issuer().legalName())) {
            fail("invoicing.ubl.issuerName", id);
        }
        if (!doc.issuer().establishmentCode().matches("\\d{4}")) {
            fail("invoicing.ubl.establishment", id);
        }
        if (doc.currency() == null || !doc.currency().matches("[A-Z]{3}")) {
            fail("invoicing.ubl.currency", id);
        }
        customer(id, doc);
        items(id, doc);
        if (type == DocumentType.FACTURA) {
            terms(id, doc);
        }
        if (type == DocumentType.NOTA_CREDITO || type == DocumentType.NOTA_DEBITO) {
            note(id, doc);
        }
    }

    private static void customer(String id, UblDocument doc) {
        Customer c = doc.customer();
        if (c.documentType() == null || !SunatCatalogs.IDENTITY_DOCUMENT_TYPES.contains(c.documentType())) {
            fail("invoicing.ubl.customerDocumentType", id);
        }
        boolean exportOrForeign = doc.operationType().startsWith("02") || doc.operationType().equals("0401");
        boolean facturaKind = doc.type() == DocumentType.FACTURA
                || (doc.type() != DocumentType.BOLETA && doc.series().startsWith("F"));
        if (facturaKind && !exportOrForeign && !"6".equals(c.documentType())) {
            fail("invoicing.ubl.facturaNeedsRuc", id);
        }
        if ("6".equals(c.documentType()) && (c.documentNumber() == null || !c.documentNumber().matches("\\d{11}"))) {
            fail("invoicing.ubl.customerRuc", id);
        }
        if ("1".equals(c.documentType()) && (c.documentNumber() == null || !c.documentNumber().matches("\\d{8}"))) {
            fail("invoicing.ubl.customerDni", id);
        }
        if (blank(c.documentNumber())) {
            fail("invoicing.ubl.customerDocument", id);
        }
        if (c.name() == null || c.name().strip().length() < 3 || c.name().length() > 1500) {
            fail("invoicing.ubl.customerName", id);
        }
    }

    private static void items(String id, UblDocument doc) {
        int lines = doc.totals().documentLines().size();
        if (lines == 0) {
            fail("invoicing.ubl.noLines", id);
        }
        if (doc.items().size() != lines) {
            fail("invoicing.ubl.itemsMismatch", id, lines, doc.items().size());
        }
        List<Item> items = doc.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (blank(item.description()) || item.description().length() > 500) {
                fail("invoicing.ubl.itemDescription", id, i + 1);
            }
            if (item.code() != null && item.code().length() > 30) {
                fail("invoicing.ubl.itemCode", id, i + 1);
            }
        }
    }

    private static void terms(String id, UblDocument doc) {
        PaymentTerms terms = doc.paymentTerms();
        if (terms == null) {
            fail("invoicing.ubl.paymentTerms", id);
        }
        if (!terms.credit()) {
            return;
        }
        if (terms.installments().isEmpty()) {
            fail("invoicing.ubl.creditWithoutInstallments", id);
        }
        for (int i = 0; i < terms.installments().size(); i++) {
            Installment cuota = terms.installments().get(i);
            if (cuota.amount() == null || cuota.amount().signum() <= 0 || cuota.dueDate() == null
                    || !cuota.dueDate().isAfter(doc.issueDate())) {
                fail("invoicing.ubl.installment", id, i + 1);
            }
        }
        BigDecimal payable = doc.totals().payableAmount();
        if (terms.pending().compareTo(payable) > 0) {
            fail("invoicing.ubl.installmentsAbovePayable", id);
        }
    }

    private static void note(String id, UblDocument doc) {
        NoteReference ref = doc.noteReference();
        boolean credit = doc.type() == DocumentType.NOTA_CREDITO;
        if (ref == null) {
            fail("invoicing.ubl.noteReason", id);
        }
        boolean known = (credit ? SunatCatalogs.CREDIT_NOTE_REASONS : SunatCatalogs.DEBIT_NOTE_REASONS)
                .containsKey(ref.reasonCode());
        if (!known || blank(ref.reason())) {
            fail("invoicing.ubl.noteReason", id);
        }
        boolean referenceOptional = credit && "10".equals(ref.reasonCode());
        if (ref.referencedId() == null || ref.referencedType() == null) {
            if (!referenceOptional) {
                fail("invoicing.ubl.noteReference", id);
            }
            return;
        }
        DocumentType expected = doc.series().startsWith("F") ? DocumentType.FACTURA : DocumentType.BOLETA;
        if (ref.referencedType() != expected
                || !ref.referencedId().matches(doc.series().charAt(0) + "[A-Z0-9]{3}-\\d{1,8}")) {
            fail("invoicing.ubl.noteReferenceType", id, expected.code());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void fail(String key, Object... args) {
        throw new DocumentContentInvalid(key, args);
    }
}
