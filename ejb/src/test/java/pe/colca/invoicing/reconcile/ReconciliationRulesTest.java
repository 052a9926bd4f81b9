package pe.colca.invoicing.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.invoicing.SunatStatus;
import pe.colca.invoicing.reconcile.ReconciliationRules.DocumentFact;
import pe.colca.invoicing.reconcile.ReconciliationRules.Held;
import pe.colca.invoicing.reconcile.ReconciliationRules.SunatAnswer;
import pe.colca.sales.SalesOfDay;

class ReconciliationRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final SalesOfDay.Sale ORDER = new SalesOfDay.Sale(SalesOfDay.Kind.ORDER, 10, 10, 7,
            "LIM-01-20261203-000010", "03", new BigDecimal("118.00"), Instant.parse("2026-12-03T15:00:00Z"));
    private static final SalesOfDay.Sale RETURN = new SalesOfDay.Sale(SalesOfDay.Kind.RETURN, 4, 10, 7,
            "LIM-01-20261203-000010-D01", "03", new BigDecimal("59.00"), Instant.parse("2026-12-03T16:00:00Z"));

    private static DocumentFact doc(long id, String series, SunatStatus status) {
        return new DocumentFact(id, series.startsWith("F") ? "01" : "03", series, (int) id, status, false, DAY, null);
    }

    private static List<DifferenceKind> kinds(List<Finding> findings) {
        return findings.stream().map(Finding::kind).toList();
    }

    @Test
    @DisplayName("one accepted (or observed) document: nothing to report")
    void oneAccepted() {
        assertTrue(ReconciliationRules.sale(ORDER, List.of(doc(1, "B001", SunatStatus.ACCEPTED)), DAY.plusDays(1)).isEmpty());
        assertTrue(ReconciliationRules.sale(ORDER, List.of(doc(1, "B001", SunatStatus.OBSERVED)), DAY.plusDays(1)).isEmpty());
    }

    @Test
    @DisplayName("a paid order or a return without any document is MISSING_DOCUMENT, naming the sale")
    void missing() {
        Finding f = ReconciliationRules.sale(ORDER, List.of(), DAY).get(0);
        assertEquals(DifferenceKind.MISSING_DOCUMENT, f.kind());
        assertEquals(10L, f.orderId());
        assertEquals(ORDER.number(), f.orderNumber());
        assertTrue(f.explanation().contains("S/ 118.00"), f.explanation());
        Finding r = ReconciliationRules.sale(RETURN, List.of(), DAY).get(0);
        assertEquals(DifferenceKind.MISSING_DOCUMENT, r.kind());
        assertEquals(4L, r.returnId());
        assertEquals(RETURN.number(), r.returnNumber());
    }

    @Test
    @DisplayName("two accepted, or an accepted one and another in flight: DUPLICATE_DOCUMENT")
    void duplicates() {
        assertEquals(List.of(DifferenceKind.DUPLICATE_DOCUMENT), kinds(ReconciliationRules.sale(ORDER,
                List.of(doc(1, "B001", SunatStatus.ACCEPTED), doc(2, "B001", SunatStatus.ACCEPTED)), DAY)));
        assertEquals(List.of(DifferenceKind.DUPLICATE_DOCUMENT), kinds(ReconciliationRules.sale(ORDER,
                List.of(doc(1, "B001", SunatStatus.ACCEPTED), doc(2, "B001", SunatStatus.PENDING)), DAY)));
    }

    @Test
    @DisplayName("burnt or voided and replaced by an accepted one: explained, saying which")
    void replaced() {
        List<Finding> f = ReconciliationRules.sale(ORDER, List.of(doc(1, "B001", SunatStatus.REJECTED),
                doc(2, "B001", SunatStatus.VOIDED), doc(3, "B001", SunatStatus.ACCEPTED)), DAY);
        assertEquals(List.of(DifferenceKind.BURNT_REPLACED, DifferenceKind.VOIDED_REPLACED), kinds(f));
        assertTrue(f.stream().allMatch(x -> x.kind().explained()));
        assertTrue(f.get(0).explanation().contains("B001-3"), f.get(0).explanation());
    }

    @Test
    @DisplayName("in flight: explained within the deadline (boleta 7 days, factura 3), a difference after it")
    void deadlines() {
        assertEquals(List.of(DifferenceKind.PENDING_IN_DEADLINE),
                kinds(ReconciliationRules.sale(ORDER, List.of(doc(1, "B001", SunatStatus.PENDING)), DAY.plusDays(7))));
        assertEquals(List.of(DifferenceKind.PENDING_PAST_DEADLINE),
                kinds(ReconciliationRules.sale(ORDER, List.of(doc(1, "B001", SunatStatus.ERROR)), DAY.plusDays(8))));
        assertEquals(List.of(DifferenceKind.PENDING_IN_DEADLINE),
                kinds(ReconciliationRules.sale(ORDER, List.of(doc(1, "F001", SunatStatus.SENT)), DAY.plusDays(3))));
        assertEquals(List.of(DifferenceKind.PENDING_PAST_DEADLINE),
                kinds(ReconciliationRules.sale(ORDER, List.of(doc(1, "F001", SunatStatus.SENT)), DAY.plusDays(4))));
    }

    @Test
    @DisplayName("rejected or voided with nothing accepted: a difference")
    void notReplaced() {
        assertEquals(List.of(DifferenceKind.REJECTED_NOT_REPLACED),
                kinds(ReconciliationRules.sale(ORDER, List.of(doc(1, "B001", SunatStatus.REJECTED)), DAY)));
        assertEquals(List.of(DifferenceKind.VOIDED_NOT_REPLACED),
                kinds(ReconciliationRules.sale(ORDER, List.of(doc(1, "B001", SunatStatus.VOIDED)), DAY)));
    }

    @Test
    @DisplayName("against SUNAT: accepted but unknown, or another final status, is a difference; not sent yet and unknown is fine")
    void compare() {
        BigDecimal amount = new BigDecimal("118.00");
        SunatAnswer unknown = new SunatAnswer(Held.UNKNOWN, "0011", "no existe");
        assertEquals(DifferenceKind.UNKNOWN_TO_SUNAT,
                ReconciliationRules.compare(doc(1, "B001", SunatStatus.ACCEPTED), amount, unknown).orElseThrow().kind());
        assertTrue(ReconciliationRules.compare(doc(1, "B001", SunatStatus.PENDING), amount, unknown).isEmpty());
        assertTrue(ReconciliationRules.compare(doc(1, "B001", SunatStatus.REJECTED), amount, unknown).isEmpty());
        SunatAnswer accepted = new SunatAnswer(Held.ACCEPTED, "0", "aceptada");
        assertTrue(ReconciliationRules.compare(doc(1, "B001", SunatStatus.OBSERVED), amount, accepted).isEmpty());
        assertEquals(DifferenceKind.STATUS_MISMATCH,
                ReconciliationRules.compare(doc(1, "B001", SunatStatus.PENDING), amount, accepted).orElseThrow().kind());
        assertEquals(DifferenceKind.STATUS_MISMATCH, ReconciliationRules.compare(doc(1, "F001", SunatStatus.VOIDED), amount,
                accepted).orElseThrow().kind());
        assertTrue(ReconciliationRules.compare(doc(1, "F001", SunatStatus.VOIDED), amount,
                new SunatAnswer(Held.VOIDED, "0003", "de baja")).isEmpty());
        Finding failed = ReconciliationRules.compare(doc(1, "F001", SunatStatus.ACCEPTED), amount,
                new SunatAnswer(Held.FAILED, null, "sin respuesta")).orElseThrow();
        assertEquals(DifferenceKind.CONSULT_FAILED, failed.kind());
        assertEquals("F001-1", failed.documentNumber());
    }
}
