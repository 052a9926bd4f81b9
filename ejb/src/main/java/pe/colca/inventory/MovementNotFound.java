package pe.colca.inventory;

import pe.colca.common.BusinessException;

/** No ledger line has this id (HTTP 404). */
public class MovementNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MovementNotFound(long id) {
        super(Kind.NOT_FOUND, "not-found", "inventory.movement.notFound", String.valueOf(id));
    }
}
