package pe.colca.sunatsim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The business rules the simulator applies to an XSD-valid, correctly signed invoice or note after the
 * file-name checks: the customer's document (2800, 2017, 2801; observation 4207) and a subset of the
 * amount rules 3103/3270–3303 with SUNAT's tolerance of ±1. Checked in this order; the first failure
 * rejects the document. Not checked: catalog codes, dates, payment terms, notes' references, ISC,
 * ICBPER per bag, detracción, percepción (docs/sunat-simulator.md).
 */
final class DocumentRules {

    /** SUNAT's tolerance on sums and products. */
    private static final BigDecimal TOLERANCE = BigDecimal.ONE;
    /** Above this total (PEN) a boleta's buyer must be identified. */
    static final BigDecimal BOLETA_IDENTIFIED_ABOVE = new BigDecimal("700.00");
    /** Taxes that add up into the header TaxTotal (catalog 05): IGV, IVAP, ISC, ICBPER, otros. */
    private static final Set<String> SUMMED_TAXES = Set.of("1000", "1016", "2000", "7152", "9999");

    private final Element root;
    private final String type;
    private final String series;

    DocumentRules(Element root, String type, String series) {
        this.root = root;
        this.type = type;
        this.series = series;
    }

    /** Rejects the document on the first failed rule; adds 4xxx observations to {@code notes}. */
    void check(List<String> notes) throws Rejection, SunatFault {
        customer(notes);
        amounts();
    }

    private String lineName() {
        return switch (type) {
            case "07" -> "cac:CreditNoteLine";
            case "08" -> "cac:DebitNoteLine";
            default -> "cac:InvoiceLine";
        };
    }

    private String quantityName() {
        return switch (type) {
            case "07" -> "cbc:CreditedQuantity";
            case "08" -> "cbc:DebitedQuantity";
            default -> "cbc:InvoicedQuantity";
        };
    }

    private Element monetaryTotal() {
        return Xml.child(root, "08".equals(type) ? "cac:RequestedMonetaryTotal" : "cac:LegalMonetaryTotal");
    }

    // ------------------------------------------------------------------ customer (2800, 2017, 2801, 4207)

    private void customer(List<String> notes) throws Rejection, SunatFault {
        Element id = Xml.child(root, "cac:AccountingCustomerParty", "cac:Party", "cac:PartyIdentification", "cbc:ID");
        String scheme = id == null ? "" : id.getAttribute("schemeID").strip();
        String number = id == null ? "" : id.getTextContent().strip();
        if (series.startsWith("F")) {
            String operation = Xml.child(root, "cbc:InvoiceTypeCode") == null ? ""
                    : Xml.child(root, "cbc:InvoiceTypeCode").getAttribute("listID");
            boolean export = operation.startsWith("02") || operation.equals("0401");
            if (!export && !"6".equals(scheme)) {
                throw new Rejection("2800", "(tipo " + (scheme.isEmpty() ? "-" : scheme) + "; una factura requiere RUC, tipo 6)");
            }
            if ("6".equals(scheme) && !number.matches("\\d{11}")) {
                throw new Rejection("2017");
            }
            return;
        }
        // boletas and their notes
        if ("6".equals(scheme) && !number.matches("\\d{11}")) {
            throw new Rejection("2017");
        }
        BigDecimal total = Xml.amountOrZero(monetaryTotal(), "cbc:PayableAmount");
        boolean identified = !scheme.isEmpty() && !scheme.equals("0") && !scheme.equals("-")
                && !number.isEmpty() && !number.matches("0+|-");
        String currency = Xml.text(root, "cbc:DocumentCurrencyCode");
        if ("PEN".equals(currency) && total.compareTo(BOLETA_IDENTIFIED_ABOVE) > 0) {
            if (!identified) {
                throw new Rejection("2800", "(boleta mayor a S/ 700.00 sin documento de identidad del adquirente)");
            }
            if ("1".equals(scheme) && !number.matches("\\d{8}")) {
                throw new Rejection("2801");
            }
        } else if ("1".equals(scheme) && !number.matches("\\d{8}")) {
            notes.add("4207 - " + SunatCodes.message("4207"));
        }
    }

    // ------------------------------------------------------------------ amounts (3103, 3270–3303)

    private void amounts() throws Rejection, SunatFault {
        BigDecimal lineSum = BigDecimal.ZERO;
        for (Element line : Xml.children(root, lineName())) {
            String lineId = Xml.text(line, "cbc:ID");
            BigDecimal extension = Xml.amountOrZero(line, "cbc:LineExtensionAmount");
            boolean free = false;
            BigDecimal lineTax = BigDecimal.ZERO;
            for (Element total : Xml.children(line, "cac:TaxTotal")) {
                lineTax = lineTax.add(Xml.amountOrZero(total, "cbc:TaxAmount"));
                for (Element sub : Xml.children(total, "cac:TaxSubtotal")) {
                    String scheme = Xml.text(sub, "cac:TaxCategory", "cac:TaxScheme", "cbc:ID");
                    free |= "9996".equals(scheme);
                    BigDecimal percent = Xml.amount(sub, "cac:TaxCategory", "cbc:Percent");
                    if ("1000".equals(scheme) && percent != null) {
                        BigDecimal expected = Xml.amountOrZero(sub, "cbc:TaxableAmount").multiply(percent).movePointLeft(2);
                        if (off(expected, Xml.amountOrZero(sub, "cbc:TaxAmount"))) {
                            throw new Rejection("3103", "(línea " + lineId + ")");
                        }
                    }
                }
            }
            if (!free) {
                lineSum = lineSum.add(extension);
                BigDecimal quantity = Xml.amountOrZero(line, quantityName());
                for (Element price : Xml.children(Xml.child(line, "cac:PricingReference"), "cac:AlternativeConditionPrice")) {
                    if ("01".equals(Xml.text(price, "cbc:PriceTypeCode")) && quantity.signum() > 0) {
                        BigDecimal expected = extension.add(lineTax).divide(quantity, 10, RoundingMode.HALF_UP);
                        if (off(expected, Xml.amountOrZero(price, "cbc:PriceAmount"))) {
                            throw new Rejection("3270", "(línea " + lineId + ")");
                        }
                    }
                }
            }
        }
        Element totals = monetaryTotal();
        BigDecimal lineExtension = Xml.amountOrZero(totals, "cbc:LineExtensionAmount");
        if (off(lineSum, lineExtension)) {
            throw new Rejection("3278", "(líneas " + lineSum.toPlainString() + ", total " + lineExtension.toPlainString() + ")");
        }
        BigDecimal headerTax = BigDecimal.ZERO;
        BigDecimal subtotals = BigDecimal.ZERO;
        for (Element total : Xml.children(root, "cac:TaxTotal")) {
            headerTax = headerTax.add(Xml.amountOrZero(total, "cbc:TaxAmount"));
            for (Element sub : Xml.children(total, "cac:TaxSubtotal")) {
                String scheme = Xml.text(sub, "cac:TaxCategory", "cac:TaxScheme", "cbc:ID");
                BigDecimal amount = Xml.amountOrZero(sub, "cbc:TaxAmount");
                if (SUMMED_TAXES.contains(scheme)) {
                    subtotals = subtotals.add(amount);
                }
                if ("1000".equals(scheme)) {
                    BigDecimal expected = Xml.amountOrZero(sub, "cbc:TaxableAmount").multiply(igvRate()).movePointLeft(2);
                    if (off(expected, amount)) {
                        throw new Rejection("3291");
                    }
                }
            }
        }
        if (off(subtotals, headerTax)) {
            throw new Rejection("3294");
        }
        BigDecimal inclusive = Xml.amount(totals, "cbc:TaxInclusiveAmount");
        if (inclusive != null && off(lineExtension.add(headerTax), inclusive)) {
            throw new Rejection("3279");
        }
        BigDecimal rounding = Xml.amountOrZero(totals, "cbc:PayableRoundingAmount");
        if (rounding.abs().compareTo(TOLERANCE) > 0) {
            throw new Rejection("3303");
        }
        BigDecimal payable = Xml.amountOrZero(totals, "cbc:PayableAmount");
        BigDecimal expected = (inclusive == null ? lineExtension.add(headerTax) : inclusive)
                .add(Xml.amountOrZero(totals, "cbc:ChargeTotalAmount"))
                .subtract(Xml.amountOrZero(totals, "cbc:AllowanceTotalAmount"))
                .subtract(Xml.amountOrZero(totals, "cbc:PrepaidAmount"))
                .add(rounding);
        if (off(expected, payable)) {
            throw new Rejection("3280", "(esperado " + expected.setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + ", informado " + payable.toPlainString() + ")");
        }
    }

    /** The IGV rate of the first line that states one (all lines use the same, 3462), else 18. */
    private BigDecimal igvRate() throws SunatFault {
        for (Element line : Xml.children(root, lineName())) {
            for (Element total : Xml.children(line, "cac:TaxTotal")) {
                for (Element sub : Xml.children(total, "cac:TaxSubtotal")) {
                    if ("1000".equals(Xml.text(sub, "cac:TaxCategory", "cac:TaxScheme", "cbc:ID"))) {
                        BigDecimal p = Xml.amount(sub, "cac:TaxCategory", "cbc:Percent");
                        if (p != null) {
                            return p;
                        }
                    }
                }
            }
        }
        return new BigDecimal("18");
    }

    private static boolean off(BigDecimal expected, BigDecimal actual) {
        return expected.subtract(actual).abs().compareTo(TOLERANCE) > 0;
    }
}
