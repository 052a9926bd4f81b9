package pe.colca.inventory;

import pe.colca.common.BusinessException;

/**
 * The reservation does not exist (any more): it was released, expired and swept, or converted to a
 * sale. Each reservation is acted on once: release, sweep and convert all delete its row (HTTP 404).
 */
public class ReservationNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReservationNotFound(long id) {
        super(Kind.NOT_FOUND, "not-found", "inventory.reservation.notFound", String.valueOf(id));
    }
}
