package pe.colca.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The X report (mid-shift, changes nothing) or, for a counted or closed session, the Z report: the drawer by
 * kind of movement, the expected cash (starting cash + sales + wallet top-ups + pay-ins − refunds − pay-outs),
 * and the session's payments per tender. {@code zReport} is true once the drawer is counted; then the
 * session carries the count and the discrepancy.
 */
public record CashReport(CashSessionView session, boolean zReport, Instant printedAt, BigDecimal startingCash,
                         BigDecimal cashSales, long cashSaleCount, BigDecimal refunds, long refundCount,
                         BigDecimal walletTopUps, BigDecimal payIns, BigDecimal payOuts, BigDecimal expectedCash,
                         List<CashTenderTotal> tenders) {

    public CashReport {
        tenders = List.copyOf(tenders);
    }

    /** Σ net of every tender. */
    public BigDecimal tendersNet() {
        return tenders.stream().map(CashTenderTotal::net).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
