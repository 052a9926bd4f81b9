package pe.colca.sales;

import pe.colca.common.BusinessException;

/** The caller lacks the transition's {@code required_permission} (HTTP 403). */
public class TransitionForbidden extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TransitionForbidden(Object... args) {
        super(Kind.FORBIDDEN, "transition-forbidden", "sales.transition.forbidden", args);
    }
}
