package pe.colca.sales;

/** The order after a transition, and the approval request when the move waits for one (else null). */
public record TransitionResult(Order order, OrderApproval pendingApproval) {

    public boolean applied() {
        return pendingApproval == null;
    }
}
