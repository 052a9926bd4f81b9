package pe.colca.api.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.payment.CashDenominations;
import pe.colca.payment.CashMovementView;
import pe.colca.payment.CashReport;
import pe.colca.payment.CashSessionView;
import pe.colca.payment.CashTenderTotal;

/** The JSON shapes of {@code /api/v1/cash-sessions}: records built from the service's views, never entities. */
public final class CashApiViews {

    private CashApiViews() {
    }

    @Schema(name = "CashSession", description = "A cashier's turn at a register. expectedCash, actualCash and "
            + "discrepancy are null until the cashier has counted (the count is blind).")
    public record Session(long id, long userId, String cashierName, long locationId,
                   @Schema(enumeration = {"OPEN", "AWAITING_APPROVAL", "CLOSED"}) String state,
                   Instant openedAt, @Schema(nullable = true) Instant closedAt, BigDecimal startingCash,
                   @Schema(nullable = true) BigDecimal expectedCash, @Schema(nullable = true) BigDecimal actualCash,
                   @Schema(nullable = true, description = "Counted minus expected.") BigDecimal discrepancy,
                   boolean approvalRequired, @Schema(nullable = true) Long countedBy,
                   @Schema(nullable = true) Instant countedAt, @Schema(nullable = true) Long approvedBy,
                   @Schema(nullable = true) String approverName, @Schema(nullable = true) Instant approvedAt,
                   @Schema(nullable = true, description = "Pieces per denomination, \"200.00\" to \"0.10\".")
                   Map<String, Integer> count,
                   @Schema(description = "Optimistic lock version; the ETag is this number in quotes.") long version) {

        public static Session of(CashSessionView s) {
            Map<String, Integer> count = null;
            if (s.denominations() != null) {
                count = new LinkedHashMap<>();
                for (Map.Entry<BigDecimal, Integer> e : s.denominations().entrySet()) {
                    count.put(CashDenominations.key(e.getKey()), e.getValue());
                }
            }
            return new Session(s.id(), s.userId(), s.cashierName(), s.locationId(), s.state().name(),
                    stored(s.openedAt()), stored(s.closedAt()), s.startingCash(), s.expectedCash(), s.actualCash(),
                    s.discrepancy(), s.approvalRequired(), s.countedBy(), stored(s.countedAt()), s.approvedBy(),
                    s.approverName(), stored(s.approvedAt()), count, s.version());
        }
    }

    @Schema(name = "CashMovement", description = "A movement of a drawer; the amount is never negative, the type "
            + "gives the direction.")
    public record Movement(long id,
                    @Schema(enumeration = {"OPENING", "SALE", "REFUND", "CASH_IN", "CASH_OUT", "WALLET_TOP_UP",
                            "CLOSING"}) String type,
                    BigDecimal amount, @Schema(nullable = true) String reason, @Schema(nullable = true) Long paymentId,
                    @Schema(nullable = true) String reference, Instant createdAt) {

        public static Movement of(CashMovementView m) {
            return new Movement(m.id(), m.type().name(), m.amount(), m.reason(), m.paymentId(), m.reference(),
                    stored(m.createdAt()));
        }
    }

    @Schema(name = "CashTender", description = "The session's payments of one method, and the refunds of returns "
            + "its drawer paid out in that method.")
    public record Tender(String method, long payments, BigDecimal taken, BigDecimal refunded,
                         @Schema(description = "Refunds of returns paid out of this session's drawer.") long returns,
                         @Schema(description = "Their amount.") BigDecimal returned,
                         @Schema(description = "taken - refunded - returned.") BigDecimal net) {

        public static Tender of(CashTenderTotal t) {
            return new Tender(t.method().name(), t.payments(), t.taken(), t.refunded(), t.returns(), t.returned(),
                    t.net());
        }
    }

    @Schema(name = "CashReport", description = "X report (open session, changes nothing) or Z report (counted).")
    public record Report(@Schema(enumeration = {"X", "Z"}) String kind, Instant printedAt, Session session,
                  BigDecimal startingCash, BigDecimal cashSales, long cashSaleCount, BigDecimal refunds,
                  long refundCount, BigDecimal walletTopUps, BigDecimal payIns, BigDecimal payOuts,
                  @Schema(description = "Starting cash + sales + wallet top-ups + pay-ins - refunds - pay-outs.")
                  BigDecimal expectedCash, List<Tender> tenders) {

        public static Report of(CashReport r) {
            return new Report(r.zReport() ? "Z" : "X", stored(r.printedAt()), Session.of(r.session()),
                    r.startingCash(), r.cashSales(), r.cashSaleCount(), r.refunds(), r.refundCount(),
                    r.walletTopUps(), r.payIns(), r.payOuts(), r.expectedCash(),
                    r.tenders().stream().map(Tender::of).toList());
        }
    }

    @Schema(name = "CashSessionPage", description = "One page of cash sessions; the Link header has next/prev/first/last.")
    public record SessionPage(List<Session> items, long total, int offset, int limit) {
    }

    @Schema(name = "CashMovementPage", description = "One page of movements, oldest first.")
    public record MovementPage(List<Movement> items, long total, int offset, int limit) {
    }

    @Schema(name = "CashSessionOpening")
    public record OpenInput(@Schema(required = true) long locationId,
                     @Schema(required = true, description = "Cash found in the drawer, S/ (0 or more).") BigDecimal startingCash) {
    }

    @Schema(name = "CashMovementInput")
    public record MovementInput(@Schema(required = true, enumeration = {"CASH_IN", "CASH_OUT"}) String type,
                         @Schema(required = true) BigDecimal amount,
                         @Schema(required = true, maxLength = 500) String reason) {
    }

    @Schema(name = "CashCount", description = "Pieces per denomination; absent denominations count 0.")
    public record CountInput(@Schema(required = true, description = "e.g. {\"100.00\": 2, \"0.50\": 3}")
                      Map<String, Integer> count) {
    }

    @Schema(name = "CashRejection")
    public record RejectInput(@Schema(required = true, maxLength = 500) String reason) {
    }

    /** The instant as PostgreSQL keeps it (microseconds), so a POST answer equals a later GET. */
    static Instant stored(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
