package pe.colca.inventory;

import pe.colca.common.BusinessException;

/**
 * Separation of duties ({@code inventory.reservation.creator_only}): only the user who created a
 * reservation extends, releases or converts it, unless he holds {@code inventory.reserve.override}
 * (HTTP 403). Nothing changed.
 */
public class ReservationOfAnotherUser extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReservationOfAnotherUser(long reservationId) {
        super(Kind.FORBIDDEN, "reservation-of-another-user", "inventory.reservation.ofAnotherUser",
                String.valueOf(reservationId));
    }
}
