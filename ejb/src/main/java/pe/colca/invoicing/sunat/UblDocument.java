package pe.colca.invoicing.sunat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import pe.colca.invoicing.DocumentType;
import pe.colca.sales.PricedLine;
import pe.colca.sales.PricedOrder;

/**
 * Everything a SUNAT UBL 2.1 document (01 factura, 03 boleta, 07 nota de crédito, 08 nota de débito)
 * says, ready for {@link UblWriter}: the figures come from the sales pricing component
 * ({@link PricedOrder}) so the XML totals equal the sale's to the céntimo; this record only adds who,
 * when and what the lines are called. {@link UblRules#check} says whether SUNAT would accept it.
 *
 * @param type          catalog 01
 * @param series        4 characters (F… facturas and their notes, B… boletas and theirs)
 * @param number        the correlative, 1…99999999 (written without leading zeros)
 * @param issueDate     the Lima date of issue
 * @param issueTime     the Lima time of issue (seconds)
 * @param currency      ISO 4217 (PEN, USD)
 * @param operationType catalog 51 ({@code 0101} venta interna) of a factura or boleta
 * @param issuer        the company
 * @param customer      the buyer
 * @param items         the names of {@link PricedOrder#documentLines()}, in the same order
 * @param totals        the priced order (or return)
 * @param paymentTerms  Contado or Crédito with its cuotas (facturas; null for the others)
 * @param noteReference reason and referenced document of a note (07/08; null for the others)
 */
public record UblDocument(DocumentType type, String series, long number, LocalDate issueDate, LocalTime issueTime,
                          String currency, String operationType, Issuer issuer, Customer customer,
                          List<Item> items, PricedOrder totals, PaymentTerms paymentTerms,
                          NoteReference noteReference) {

    public UblDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(issueTime, "issueTime");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(totals, "totals");
        items = List.copyOf(items);
        currency = currency == null ? "PEN" : currency;
        operationType = operationType == null ? "0101" : operationType;
    }

    /** {@code SERIE-CORRELATIVO}, e.g. {@code F001-123}. */
    public String id() {
        return series + "-" + number;
    }

    /** SUNAT's base file name {@code RUC-TT-SERIE-NUMERO}, e.g. {@code 20123456789-01-F001-123}. */
    public String fileName() {
        return issuer.ruc() + "-" + type.code() + "-" + id();
    }

    /** The lines of the document: each priced line with its name. */
    public List<Line> lines() {
        List<PricedLine> priced = totals.documentLines();
        java.util.ArrayList<Line> lines = new java.util.ArrayList<>(priced.size());
        for (int i = 0; i < priced.size(); i++) {
            lines.add(new Line(priced.get(i), i < items.size() ? items.get(i) : null));
        }
        return lines;
    }

    /** The issuing company as the document states it. */
    public record Issuer(String ruc, String legalName, String tradeName, String establishmentCode,
                         Address address) {
        public Issuer {
            establishmentCode = establishmentCode == null ? "0000" : establishmentCode;
        }
    }

    /**
     * The fiscal address.
     *
     * @param ubigeo     6 digits (INEI)
     * @param line       street and number
     */
    public record Address(String ubigeo, String department, String province, String district, String line) {
    }

    /**
     * The buyer.
     *
     * @param documentType catalog 06: {@code 6} RUC, {@code 1} DNI, {@code 4} carné, {@code 7} pasaporte,
     *                     {@code 0} none (anonymous boleta)
     */
    public record Customer(String documentType, String documentNumber, String name) {
        /** The anonymous buyer of a small boleta (sunat.md §9). */
        public static Customer anonymous() {
            return new Customer("1", "00000000", "CLIENTES VARIOS");
        }
    }

    /**
     * What a line is called.
     *
     * @param unitCode catalog 03 (UN/ECE rec 20): {@code NIU} goods, {@code ZZ} services, {@code KGM}
     */
    public record Item(String description, String code, String unitCode) {
        public Item {
            unitCode = unitCode == null ? "NIU" : unitCode;
        }
    }

    /** A priced line with its name. */
    public record Line(PricedLine priced, Item item) {
    }

    /** Forma de pago of a factura: Contado, or Crédito with its cuotas (R.S. 193-2020). */
    public record PaymentTerms(boolean credit, List<Installment> installments) {
        public PaymentTerms {
            installments = installments == null ? List.of() : List.copyOf(installments);
        }

        public static PaymentTerms cash() {
            return new PaymentTerms(false, List.of());
        }

        public static PaymentTerms credit(List<Installment> installments) {
            return new PaymentTerms(true, installments);
        }

        /** The amount pending (the sum of the cuotas). */
        public BigDecimal pending() {
            return installments.stream().map(Installment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** One cuota of a factura al crédito. */
    public record Installment(BigDecimal amount, LocalDate dueDate) {
    }

    /**
     * What a note modifies and why.
     *
     * @param reasonCode      catalog 09 (credit note) or 10 (debit note)
     * @param reason          the reason in words
     * @param referencedId    SERIE-NUMERO of the document modified
     * @param referencedType  its catalog 01 type (01 or 03)
     */
    public record NoteReference(String reasonCode, String reason, String referencedId, DocumentType referencedType) {
    }
}
