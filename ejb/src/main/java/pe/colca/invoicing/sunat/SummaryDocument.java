package pe.colca.invoicing.sunat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a resumen diario (RC, {@code SummaryDocuments-1}) or a comunicación de baja (RA,
 * {@code VoidedDocuments-1}) says (sunat.md §4), ready for {@link SummaryWriter}. The identifier is
 * {@code RC|RA-YYYYMMDD-n}: the date is the generation date (= {@code IssueDate}), n the company's
 * sequence of that day; every line shares the {@code referenceDate} (the issue date of the documents).
 *
 * @param kind          RC or RA
 * @param issueDate     the generation date (Lima)
 * @param sequence      1–99999, never reused per company, kind and day
 * @param referenceDate the issue date of every document of the lines, ≤ issueDate
 * @param ruc           the issuer
 * @param legalName     its razón social
 * @param lines         RC lines (empty for an RA)
 * @param voids         RA lines (empty for an RC)
 */
public record SummaryDocument(Kind kind, LocalDate issueDate, int sequence, LocalDate referenceDate, String ruc,
                              String legalName, List<Line> lines, List<VoidLine> voids) {

    /** The above-S/ 700 threshold from which an RC line names its buyer (2514). */
    public static final BigDecimal IDENTIFIED_BUYER_FROM = new BigDecimal("700.00");

    /** The two roots. */
    public enum Kind {
        RC, RA
    }

    public SummaryDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(ruc, "ruc");
        Objects.requireNonNull(legalName, "legalName");
        lines = lines == null ? List.of() : List.copyOf(lines);
        voids = voids == null ? List.of() : List.copyOf(voids);
        if (sequence < 1 || sequence > 99_999) {
            throw new IllegalArgumentException("a summary's sequence is 1 to 99999: " + sequence);
        }
        if (referenceDate.isAfter(issueDate)) {
            throw new IllegalArgumentException("the reference date " + referenceDate + " is after the issue date "
                    + issueDate + " (2671)");
        }
        int count = kind == Kind.RC ? lines.size() : voids.size();
        if (count == 0 || (kind == Kind.RC ? !voids.isEmpty() : !lines.isEmpty())) {
            throw new IllegalArgumentException("an " + kind + " has at least one line of its own kind");
        }
        Set<String> seen = new HashSet<>();
        for (Line l : lines) {
            if (!seen.add(l.documentType() + "-" + l.documentId())) {
                throw new IllegalArgumentException(l.documentId() + " appears twice in one summary (3095/3096)");
            }
        }
        for (VoidLine v : voids) {
            if (!seen.add(v.documentType() + "-" + v.series() + "-" + v.number())) {
                throw new IllegalArgumentException(v.series() + "-" + v.number() + " appears twice in one baja");
            }
        }
    }

    /** {@code RC-20261203-1}. */
    public String id() {
        return kind + "-" + issueDate.toString().replace("-", "") + "-" + sequence;
    }

    /** SUNAT's base file name {@code RUC-RC-YYYYMMDD-n}. */
    public String fileName() {
        return ruc + "-" + id();
    }

    /**
     * One boleta or note of a boleta in an RC.
     *
     * @param documentType   03, 07 or 08
     * @param documentId     SERIE-NUMERO
     * @param buyerType      catalog 06 ({@code 1} DNI, {@code 6} RUC, {@code 0} none...); null when unknown
     * @param buyerNumber    the buyer's document number; null when unknown
     * @param referencedType for a note: the type of the boleta it modifies (03)
     * @param referencedId   for a note: its SERIE-NUMERO
     * @param condition      1 add, 2 modify, 3 annul
     * @param amounts        the document's totals per affectation
     */
    public record Line(String documentType, String documentId, String buyerType, String buyerNumber,
                       String referencedType, String referencedId, int condition, String currency, Amounts amounts) {
        public Line {
            if (!Set.of("03", "07", "08").contains(documentType)) {
                throw new IllegalArgumentException("an RC line is a 03, 07 or 08, not " + documentType + " (2241)");
            }
            if (condition < 1 || condition > 3) {
                throw new IllegalArgumentException("condition code is 1, 2 or 3: " + condition);
            }
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(amounts, "amounts");
            currency = currency == null ? "PEN" : currency;
            if (!"03".equals(documentType) && referencedId == null) {
                throw new IllegalArgumentException("the note " + documentId + " names the boleta it modifies");
            }
        }

        /** Whether the line must carry the buyer's identity (total above S/ 700, 2514). */
        public boolean needsBuyer() {
            return amounts.total().compareTo(IDENTIFIED_BUYER_FROM) > 0;
        }

        public boolean hasBuyer() {
            return buyerType != null && buyerNumber != null && !buyerNumber.isBlank() && !"0".equals(buyerType);
        }
    }

    /**
     * A document's totals per affectation (sac:BillingPayment 01 gravado, 02 exonerado, 03 inafecto,
     * 04 exportación, 05 gratuito) and its IGV.
     */
    public record Amounts(BigDecimal total, BigDecimal gravado, BigDecimal exonerado, BigDecimal inafecto,
                          BigDecimal exportacion, BigDecimal gratuito, BigDecimal igv) {
        public Amounts {
            total = zero(total);
            gravado = zero(gravado);
            exonerado = zero(exonerado);
            inafecto = zero(inafecto);
            exportacion = zero(exportacion);
            gratuito = zero(gratuito);
            igv = zero(igv);
        }

        private static BigDecimal zero(BigDecimal v) {
            return v == null ? BigDecimal.ZERO : v;
        }
    }

    /**
     * One document of an RA.
     *
     * @param documentType 01, 07 or 08
     * @param reason       VoidReasonDescription, at least 3 characters
     */
    public record VoidLine(String documentType, String series, int number, String reason) {
        public VoidLine {
            if (!Set.of("01", "07", "08").contains(documentType)) {
                throw new IllegalArgumentException("an RA voids a 01, 07 or 08; a boleta goes in an RC with condition 3");
            }
            Objects.requireNonNull(series, "series");
            if (reason == null || reason.strip().length() < 3) {
                throw new IllegalArgumentException("a voiding reason has at least 3 characters");
            }
            reason = reason.strip();
        }
    }
}
