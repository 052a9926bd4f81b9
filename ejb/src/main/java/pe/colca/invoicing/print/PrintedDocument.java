package pe.colca.invoicing.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import pe.colca.invoicing.DocumentType;

/**
 * What the printed copy (representación impresa, sunat.md §8) of an electronic document says, read
 * from the signed UBL that was sent ({@link UblReader}), so the paper says exactly what SUNAT received:
 * issuer, document, customer, lines, totals by affectation, IGV, forma de pago, the referenced document
 * of a note, the amount in words and the hash ({@code ds:DigestValue}) that goes into the QR.
 *
 * @param type         catalog 01
 * @param series       e.g. {@code B001}
 * @param number       the correlative
 * @param issueDate    the date of issue
 * @param issueTime    {@code HH:mm:ss}, or null
 * @param currency     ISO 4217
 * @param issuer       the company (document type {@code 6}, its RUC)
 * @param customer     the buyer (catalog 06 document type and number)
 * @param lines        the lines, in the order of the document
 * @param subtotals    the header tax subtotals, one per affectation
 * @param taxTotal     the header {@code TaxTotal/TaxAmount}
 * @param lineExtension total value of the lines without taxes
 * @param taxInclusive  total with taxes
 * @param payable      the amount to pay
 * @param paymentTerms Contado or Crédito with cuotas (facturas), or null
 * @param reference    what a note modifies and why (07/08), or null
 * @param amountInWords the Note 1000 text ({@code SON … CON xx/100 SOLES})
 * @param hash         the signature's DigestValue (base64), or null for an unsigned document
 */
public record PrintedDocument(DocumentType type, String series, long number, LocalDate issueDate, String issueTime,
                              String currency, Party issuer, Party customer, List<Line> lines,
                              List<Subtotal> subtotals, BigDecimal taxTotal, BigDecimal lineExtension,
                              BigDecimal taxInclusive, BigDecimal payable, PaymentTerms paymentTerms,
                              NoteReference reference, String amountInWords, String hash) {

    public PrintedDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issueDate, "issueDate");
        lines = List.copyOf(lines);
        subtotals = List.copyOf(subtotals);
    }

    /** {@code SERIE-NUMERO}, e.g. {@code B001-45}. */
    public String fullNumber() {
        return series + "-" + number;
    }

    /** The IGV of the document (the subtotal of tax scheme 1000; zero when there is none). */
    public BigDecimal igv() {
        return subtotals.stream().filter(s -> "1000".equals(s.schemeId())).map(Subtotal::taxAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    /** The title printed at the top, e.g. {@code BOLETA DE VENTA ELECTRÓNICA}. */
    public String title() {
        return switch (type) {
            case FACTURA -> "FACTURA ELECTRÓNICA";
            case BOLETA -> "BOLETA DE VENTA ELECTRÓNICA";
            case NOTA_CREDITO -> "NOTA DE CRÉDITO ELECTRÓNICA";
            case NOTA_DEBITO -> "NOTA DE DÉBITO ELECTRÓNICA";
        };
    }

    /** The legend required on paper, e.g. {@code Representación impresa de la Boleta de Venta Electrónica}. */
    public String legend() {
        return "Representación impresa de la " + switch (type) {
            case FACTURA -> "Factura Electrónica";
            case BOLETA -> "Boleta de Venta Electrónica";
            case NOTA_CREDITO -> "Nota de Crédito Electrónica";
            case NOTA_DEBITO -> "Nota de Débito Electrónica";
        };
    }

    /**
     * The text of the QR (sunat.md §8): {@code RUC|TIPO|SERIE|NUMERO|MTO IGV|MTO TOTAL|FECHA|TIPO DOC ADQ|NUM DOC ADQ|HASH|},
     * amounts with a dot and 2 decimals, the hash as the optional 10th field when the document is signed.
     */
    public String qrText() {
        StringBuilder s = new StringBuilder(160);
        s.append(issuer.documentNumber()).append('|').append(type.code()).append('|').append(series).append('|')
                .append(number).append('|').append(igv().setScale(2).toPlainString()).append('|')
                .append(payable.setScale(2).toPlainString()).append('|').append(issueDate).append('|')
                .append(customer.documentType()).append('|').append(customer.documentNumber()).append('|');
        if (hash != null && !hash.isBlank()) {
            s.append(hash).append('|');
        }
        return s.toString();
    }

    /**
     * A party of the document.
     *
     * @param documentType catalog 06 ({@code 6} RUC, {@code 1} DNI, {@code 4} CE, {@code 7} pasaporte, {@code 0} none)
     * @param name         legal name (registration name)
     * @param tradeName    the issuer's trade name, or null
     * @param address      one line, or null
     */
    public record Party(String documentType, String documentNumber, String name, String tradeName, String address) {
    }

    /** A line: quantity and unit, code, description, unit value (without IGV), unit price (with it), value and IGV. */
    public record Line(int number, BigDecimal quantity, String unitCode, String code, String description,
                       BigDecimal unitValue, BigDecimal unitPrice, BigDecimal value, BigDecimal igv) {
    }

    /**
     * A header tax subtotal.
     *
     * @param schemeId catalog 05: {@code 1000} IGV (gravado), {@code 9997} exonerado, {@code 9998} inafecto,
     *                 {@code 9996} gratuito, {@code 9995} exportación, {@code 2000} ISC, {@code 7152} ICBPER
     */
    public record Subtotal(String schemeId, BigDecimal taxableAmount, BigDecimal taxAmount) {

        /** The label of the taxable amount on paper, e.g. {@code Op. gravada}. */
        public String label() {
            return switch (schemeId) {
                case "1000" -> "Op. gravada";
                case "9997" -> "Op. exonerada";
                case "9998" -> "Op. inafecta";
                case "9996" -> "Op. gratuita";
                case "9995" -> "Exportación";
                case "2000" -> "Base ISC";
                case "7152" -> "ICBPER";
                default -> "Tributo " + schemeId;
            };
        }
    }

    /** Forma de pago: Contado, or Crédito with its cuotas. */
    public record PaymentTerms(boolean credit, BigDecimal pending, List<Installment> installments) {
        public PaymentTerms {
            installments = installments == null ? List.of() : List.copyOf(installments);
        }
    }

    /** One cuota. */
    public record Installment(String id, BigDecimal amount, LocalDate dueDate) {
    }

    /** The document a note modifies (SERIE-NUMERO and type) and the catalog 09/10 reason. */
    public record NoteReference(String referencedId, String referencedType, String reasonCode, String reason) {
    }
}
