package pe.colca.sales;

/** State of an {@link OrderApproval}. */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED
}
