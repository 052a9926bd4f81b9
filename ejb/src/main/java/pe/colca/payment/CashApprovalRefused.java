package pe.colca.payment;

import pe.colca.common.BusinessException;

/**
 * A closing approval that cannot be given: the session's count does not wait for one, or the approver is
 * the cashier who counted (separation of duties) (HTTP 422).
 */
public class CashApprovalRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    private CashApprovalRefused(String type, String key, long id) {
        super(Kind.RULE, type, key, String.valueOf(id));
    }

    public static CashApprovalRefused notAwaiting(long id) {
        return new CashApprovalRefused("cash-not-awaiting-approval", "cash.approval.notAwaiting", id);
    }

    public static CashApprovalRefused selfApproval(long id) {
        return new CashApprovalRefused("cash-self-approval", "cash.approval.self", id);
    }
}
