package pe.colca.sales;

import pe.colca.common.BusinessException;

/** The approval request was approved or rejected already (HTTP 409). */
public class ApprovalDecided extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ApprovalDecided(Object... args) {
        super(Kind.CONFLICT, "approval-decided", "sales.approval.decided", args);
    }
}
