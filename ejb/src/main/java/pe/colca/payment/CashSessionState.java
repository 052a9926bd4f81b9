package pe.colca.payment;

/** Where a cash session is, as lists and reports show it (the row's status plus its count). */
public enum CashSessionState {
    /** Open and taking movements. */
    OPEN,
    /** Counted with a discrepancy beyond the threshold: waits for a manager (still OPEN in the row). */
    AWAITING_APPROVAL,
    /** Closed: immutable. */
    CLOSED;

    public static CashSessionState of(CashSession session) {
        if (!session.isOpen()) {
            return CLOSED;
        }
        return session.getCountedAt() == null ? OPEN : AWAITING_APPROVAL;
    }
}
