package pe.colca.payment;

import pe.colca.common.BusinessException;

/**
 * A payment already taken into a drawer, or a wallet top-up reference already used, with another amount or
 * in another session (HTTP 409). A retry with the same values is answered without writing anything.
 */
public class CashMovementReused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CashMovementReused(String what) {
        super(Kind.CONFLICT, "cash-movement-reused", "cash.movement.reused", what);
    }
}
