package pe.colca.sales;

import pe.colca.common.BusinessException;

/** No row of {@code order_status_transitions} leads from the order's status to the one asked for (HTTP 422). */
public class TransitionNotAllowed extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TransitionNotAllowed(Object... args) {
        super(Kind.RULE, "transition-not-allowed", "sales.transition.notAllowed", args);
    }
}
