package pe.colca.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A cash session as lists, the API and the console show it. {@code expectedCash}, {@code actualCash} and
 * {@code discrepancy} are null until the cashier has counted (the count is blind); {@code denominations}
 * is the count by denomination (largest first), null before it.
 */
public record CashSessionView(long id, long userId, String cashierName, long locationId, CashSessionState state,
                              Instant openedAt, Instant closedAt, BigDecimal startingCash, BigDecimal expectedCash,
                              BigDecimal actualCash, BigDecimal discrepancy, boolean approvalRequired,
                              Long countedBy, Instant countedAt, Long approvedBy, String approverName,
                              Instant approvedAt, Map<BigDecimal, Integer> denominations, long version) {

    public static CashSessionView of(CashSession s, String cashierName, String approverName) {
        return new CashSessionView(s.getId(), s.getUserId(), cashierName, s.getLocationId(), CashSessionState.of(s),
                s.getOpenedAt(), s.getClosedAt(), s.getStartingCash(), s.getExpectedCash(), s.getActualCash(),
                s.getDiscrepancy(), s.isApprovalRequired(), s.getCountedBy(), s.getCountedAt(), s.getApprovedBy(),
                approverName, s.getApprovedAt(),
                s.getCountedAt() == null ? null : CashDenominations.read(s.getCountedDenominations()), s.getVersion());
    }
}
