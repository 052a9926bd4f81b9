package pe.colca.inventory.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Objects;
import pe.colca.inventory.Reservation;
import pe.colca.inventory.ReservationOfAnotherUser;
import pe.colca.inventory.count.CountSelfApproval;
import pe.colca.inventory.transfer.TransferReceiverNotAtDestination;
import pe.colca.security.StoreScope;
import pe.colca.settings.Settings;

/**
 * The separation-of-duties rules of inventory, each a boolean system setting on by default (V17),
 * checked in the caller's transaction before anything changes. Store scope comes first: a refusal
 * here only ever concerns a caller who may otherwise act at the location.
 *
 * <ul>
 *   <li>{@value #COUNT_RULE}: the submitter of a count does not approve it ({@link CountSelfApproval}).</li>
 *   <li>{@value #TRANSFER_RULE}: a transfer is received by a user in scope at the destination
 *   ({@link TransferReceiverNotAtDestination}); without the rule, a user of either end may.</li>
 *   <li>{@value #RESERVATION_RULE}: a reservation is extended, released or converted by its creator or
 *   a holder of {@value #OVERRIDE} ({@link ReservationOfAnotherUser}).</li>
 * </ul>
 */
@Stateless
@PermitAll
@DeclareRoles(SeparationOfDuties.OVERRIDE)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SeparationOfDuties {

    public static final String COUNT_RULE = "inventory.count.approver_not_submitter";
    public static final String TRANSFER_RULE = "inventory.transfer.receiver_at_destination";
    public static final String RESERVATION_RULE = "inventory.reservation.creator_only";
    public static final String OVERRIDE = "inventory.reserve.override";

    @Resource
    private SessionContext context;

    @EJB
    private Settings settings;

    @EJB
    private StoreScope scope;

    @EJB
    private StockLedger ledger;

    /** Before extending, releasing or converting: the location is in scope and the caller may act on it. */
    public void actOnReservation(Reservation reservation) {
        scope.require(reservation.getLocationId());
        if (settings.bool(RESERVATION_RULE) && !context.isCallerInRole(OVERRIDE)
                && !Objects.equals(reservation.getCreatedBy(), ledger.user())) {
            throw new ReservationOfAnotherUser(reservation.getId());
        }
    }

    /** Before approving a count (its location is already in scope): not by its submitter. */
    public void approveCount(String countNumber, Long submittedBy) {
        if (settings.bool(COUNT_RULE) && submittedBy != null && submittedBy.equals(ledger.user())) {
            throw new CountSelfApproval(countNumber);
        }
    }

    /** Before receiving a transfer: in scope at the destination (the rule) or at either end (without it). */
    public void receiveTransfer(String number, long fromLocationId, long toLocationId) {
        if (!settings.bool(TRANSFER_RULE)) {
            scope.requireAny(toLocationId, fromLocationId);
        } else if (!scope.includes(toLocationId)) {
            throw new TransferReceiverNotAtDestination(number, toLocationId);
        }
    }
}
