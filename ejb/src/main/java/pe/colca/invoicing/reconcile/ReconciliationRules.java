package pe.colca.invoicing.reconcile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import pe.colca.invoicing.Deadlines;
import pe.colca.invoicing.SunatStatus;
import pe.colca.sales.SalesOfDay;

/**
 * The rules of the nightly reconciliation, without I/O (so they are unit-tested):
 * <ul>
 *   <li>{@link #sale}: a paid order (or a return) has exactly one accepted document (its boleta or factura;
 *   its credit note), or an explained exception — a voided or rejected (burnt) one replaced by the accepted
 *   one, or one still on its way within its deadline (facturas and their notes 3 days after the issue date,
 *   boletas and theirs 7: docs/sunat.md §4) — else a difference: missing, duplicated, late, rejected or
 *   voided without a replacement;</li>
 *   <li>{@link #compare}: a document's status in Colca against what SUNAT's consult service answers — a
 *   document Colca holds as accepted that SUNAT does not know, or any other disagreement on a final status,
 *   is a difference; a document not sent yet that SUNAT does not know is fine.</li>
 * </ul>
 */
public final class ReconciliationRules {

    private static final Set<SunatStatus> ACCEPTED = EnumSet.of(SunatStatus.ACCEPTED, SunatStatus.OBSERVED);
    private static final Set<SunatStatus> IN_FLIGHT = EnumSet.of(SunatStatus.PENDING, SunatStatus.SENT, SunatStatus.ERROR);

    private ReconciliationRules() {
    }

    /** A document of a sale, as Colca holds it. */
    public record DocumentFact(long id, String type, String series, int number, SunatStatus status,
                               boolean needsAttention, LocalDate issueDate, Long replacesDocumentId)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public String label() {
            return series + "-" + number;
        }
    }

    /** What SUNAT holds of a document. */
    public enum Held {
        ACCEPTED, REJECTED, VOIDED, UNKNOWN, FAILED
    }

    /** SUNAT's answer for a document: what it holds, its code and words. */
    public record SunatAnswer(Held held, String code, String message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The last day a document issued on {@code issueDate} may reach SUNAT ({@link Deadlines#lastDay}). */
    public static LocalDate deadline(String series, LocalDate issueDate) {
        return Deadlines.lastDay(series, issueDate);
    }

    /** What is wrong (or explained) with one sale and its documents; empty when it has exactly one accepted. */
    public static List<Finding> sale(SalesOfDay.Sale sale, List<DocumentFact> documents, LocalDate today) {
        List<DocumentFact> docs = documents.stream().sorted(Comparator.comparingLong(DocumentFact::id)).toList();
        List<DocumentFact> accepted = docs.stream().filter(d -> ACCEPTED.contains(d.status())).toList();
        List<DocumentFact> inFlight = docs.stream().filter(d -> IN_FLIGHT.contains(d.status())).toList();
        String what = sale.kind() == SalesOfDay.Kind.ORDER ? "El pedido " + sale.number() : "La devolución " + sale.number();
        List<Finding> out = new ArrayList<>();
        if (docs.isEmpty()) {
            out.add(finding(DifferenceKind.MISSING_DOCUMENT, sale, null, null, what + " (" + money(sale.total())
                    + ") no tiene " + (sale.kind() == SalesOfDay.Kind.ORDER ? "comprobante" : "nota de crédito")
                    + " electrónico."));
            return out;
        }
        if (accepted.size() + inFlight.size() > 1 && !accepted.isEmpty() || inFlight.size() > 1) {
            List<DocumentFact> live = new ArrayList<>(accepted);
            live.addAll(inFlight);
            DocumentFact last = live.get(live.size() - 1);
            out.add(finding(DifferenceKind.DUPLICATE_DOCUMENT, sale, last, null, what + " tiene " + live.size()
                    + " comprobantes vigentes: " + labels(live) + "; debe tener uno solo."));
            return out;
        }
        if (accepted.size() == 1) {
            DocumentFact kept = accepted.get(0);
            for (DocumentFact d : docs) {
                if (d.status() == SunatStatus.REJECTED) {
                    out.add(finding(DifferenceKind.BURNT_REPLACED, sale, d, null, "Número " + d.label()
                            + " rechazado por SUNAT (quemado) y reemplazado por " + kept.label() + "."));
                } else if (d.status() == SunatStatus.VOIDED) {
                    out.add(finding(DifferenceKind.VOIDED_REPLACED, sale, d, null, d.label()
                            + " anulado y reemplazado por " + kept.label() + "."));
                }
            }
            return out;
        }
        if (inFlight.size() == 1) {
            DocumentFact d = inFlight.get(0);
            LocalDate limit = deadline(d.series(), d.issueDate());
            String attention = d.needsAttention() ? " Requiere atención." : "";
            if (!today.isAfter(limit)) {
                out.add(finding(DifferenceKind.PENDING_IN_DEADLINE, sale, d, null, d.label() + " aún en camino a SUNAT ("
                        + d.status() + "), dentro del plazo (hasta el " + limit + ")." + attention));
            } else {
                out.add(finding(DifferenceKind.PENDING_PAST_DEADLINE, sale, d, null, d.label() + " no llegó a SUNAT ("
                        + d.status() + ") y venció su plazo el " + limit + "." + attention));
            }
            return out;
        }
        DocumentFact last = docs.get(docs.size() - 1);
        if (last.status() == SunatStatus.VOIDED) {
            out.add(finding(DifferenceKind.VOIDED_NOT_REPLACED, sale, last, null, last.label()
                    + " fue anulado y " + what.toLowerCase(java.util.Locale.ROOT) + " no tiene otro comprobante."));
        } else {
            out.add(finding(DifferenceKind.REJECTED_NOT_REPLACED, sale, last, null, last.label()
                    + " fue rechazado por SUNAT (número quemado) y no se emitió otro."));
        }
        return out;
    }

    /** The difference between Colca's status of a document and SUNAT's answer, if any. */
    public static Optional<Finding> compare(DocumentFact d, BigDecimal amount, SunatAnswer answer) {
        SunatStatus colca = d.status();
        Held held = answer.held();
        if (held == Held.FAILED) {
            return Optional.of(document(DifferenceKind.CONSULT_FAILED, d, amount, answer, "No se pudo consultar "
                    + d.label() + " en SUNAT: " + answer.message()));
        }
        boolean accepted = ACCEPTED.contains(colca);
        if (held == Held.UNKNOWN) {
            if (accepted || colca == SunatStatus.VOIDED) {
                return Optional.of(document(DifferenceKind.UNKNOWN_TO_SUNAT, d, amount, answer, "Colca tiene "
                        + d.label() + " como " + colca + " y SUNAT no lo conoce."));
            }
            return Optional.empty();
        }
        boolean agrees = switch (held) {
            case ACCEPTED -> accepted;
            case REJECTED -> colca == SunatStatus.REJECTED;
            case VOIDED -> colca == SunatStatus.VOIDED;
            default -> true;
        };
        if (agrees) {
            return Optional.empty();
        }
        return Optional.of(document(DifferenceKind.STATUS_MISMATCH, d, amount, answer, "Colca tiene " + d.label()
                + " como " + colca + " y SUNAT como " + held + (answer.message() == null ? "" : " (" + answer.message() + ")")
                + "."));
    }

    private static Finding document(DifferenceKind kind, DocumentFact d, BigDecimal amount, SunatAnswer answer,
                                    String text) {
        return new Finding(kind, d.id(), d.type(), d.label(), null, null, null, null, null, amount, d.status().name(),
                answer.held().name(), answer.code(), text);
    }

    private static Finding finding(DifferenceKind kind, SalesOfDay.Sale sale, DocumentFact d, String sunat, String text) {
        boolean order = sale.kind() == SalesOfDay.Kind.ORDER;
        return new Finding(kind, d == null ? null : d.id(), d == null ? null : d.type(), d == null ? null : d.label(),
                sale.orderId(), order ? sale.number() : null, order ? null : sale.id(), order ? null : sale.number(),
                Math.toIntExact(sale.locationId()), sale.total(), d == null ? null : d.status().name(), sunat, null, text);
    }

    private static String labels(List<DocumentFact> docs) {
        return docs.stream().map(d -> d.label() + " (" + d.status() + ")").collect(Collectors.joining(", "));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "S/ 0.00" : String.format(java.util.Locale.US, "S/ %,.2f", amount);
    }
}
