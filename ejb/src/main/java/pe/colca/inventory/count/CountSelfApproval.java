package pe.colca.inventory.count;

import pe.colca.common.BusinessException;

/**
 * Separation of duties ({@code inventory.count.approver_not_submitter}): the user who submitted a
 * count cannot approve it; another approver must (HTTP 422). Nothing changed.
 */
public class CountSelfApproval extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CountSelfApproval(String countNumber) {
        super(Kind.RULE, "count-self-approval", "inventory.count.selfApproval", countNumber);
    }
}
