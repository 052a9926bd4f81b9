package pe.colca.sales;

import pe.colca.common.BusinessException;

/** No approval request has the id (HTTP 404). */
public class ApprovalNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ApprovalNotFound(Object... args) {
        super(Kind.NOT_FOUND, "not-found", "sales.approval.notFound", args);
    }
}
