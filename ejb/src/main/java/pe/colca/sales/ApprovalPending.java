package pe.colca.sales;

import pe.colca.common.BusinessException;

/** The order already waits for the approval of another change (HTTP 409). */
public class ApprovalPending extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ApprovalPending(Object... args) {
        super(Kind.CONFLICT, "approval-pending", "sales.approval.pending", args);
    }
}
