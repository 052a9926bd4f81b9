package pe.colca.sales;

import pe.colca.common.BusinessException;

/** The user who asked for a change cannot approve or reject it himself (HTTP 422). */
public class SelfApproval extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SelfApproval(Object... args) {
        super(Kind.RULE, "order-self-approval", "sales.approval.self", args);
    }
}
