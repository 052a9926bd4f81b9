package pe.colca.inventory.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import pe.colca.inventory.InventoryMovement;
import pe.colca.inventory.InventoryService;
import pe.colca.inventory.MovementType;
import pe.colca.inventory.OrderStock;
import pe.colca.inventory.Reservation;
import pe.colca.inventory.ReservationRequest;
import pe.colca.inventory.StockChange;
import pe.colca.inventory.location.Location;
import pe.colca.security.AuditTrail;
import pe.colca.security.StoreScope;

/**
 * {@link OrderStock} over {@link InventoryService} and the {@link StockLedger} (the one stock path): holds
 * and direct sales go through the service (its permission checks); the order's own reservations are
 * released and converted here for whoever may change the order at its store, and a reservation that no
 * longer exists is skipped without throwing (a refusal would roll the order's transaction back).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultOrderStock implements OrderStock {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private InventoryService inventory;

    @EJB
    private StockLedger ledger;

    @EJB
    private StoreScope scope;

    @EJB
    private AuditTrail audit;

    @Override
    public SellingStore sellingStore(long locationId) {
        Location location = ledger.location(Math.toIntExact(locationId));
        scope.require(location.getId());
        ledger.sellingLocation(location.getId());
        return new SellingStore(location.getId(), location.getCode(), location.getName());
    }

    @Override
    public long hold(long variantId, long locationId, int quantity, String sessionId) {
        return inventory.reserve(new ReservationRequest(variantId, Math.toIntExact(locationId), quantity, sessionId, null))
                .getId();
    }

    /**
     * The order's own reservation (session {@code order:<id>}): released for the order by whoever may change
     * it at its store (the sales area checked the permission, this the scope), not only by the user who added
     * the line; the creator rule of {@code inventory.reservation.creator_only} stays for the raw reservation
     * API (docs/conventions.md, "Reservations owned by the order").
     */
    @Override
    public boolean releaseHold(long reservationId) {
        Reservation reservation = em.find(Reservation.class, reservationId, LockModeType.PESSIMISTIC_WRITE);
        if (reservation == null) {
            return false;
        }
        scope.require(reservation.getLocationId());
        em.remove(reservation);
        em.flush();
        ledger.release(reservation.getVariantId(), reservation.getLocationId(), reservation.getQuantity(), ledger.user());
        audit.recordAs(ledger.user(), "RESERVATION_RELEASE", InventoryAudits.RESERVATIONS, reservationId,
                InventoryAudits.reservation(reservation), null);
        return true;
    }

    /** As {@link #releaseHold}: the order's reservation is converted by whoever takes the order's payment at its store. */
    @Override
    public void sellHeld(Long reservationId, long variantId, long locationId, int quantity, String referenceDoc) {
        Reservation reservation = reservationId == null ? null
                : em.find(Reservation.class, reservationId, LockModeType.PESSIMISTIC_WRITE);
        if (reservation != null) {
            scope.require(reservation.getLocationId());
            ledger.requireSellable(reservation.getVariantId());
            em.remove(reservation);
            em.flush();
            InventoryMovement sold = ledger.sellReservedLine(reservation.getVariantId(),
                    em.find(Location.class, reservation.getLocationId().intValue()), reservation.getQuantity(),
                    referenceDoc == null || referenceDoc.isBlank() ? "reservation:" + reservationId : referenceDoc.strip(),
                    "reservation " + reservationId + " (session " + reservation.getSessionId() + ")");
            audit.recordAs(ledger.user(), "RESERVATION_CONVERT", InventoryAudits.RESERVATIONS, reservationId,
                    InventoryAudits.reservation(reservation), InventoryAudits.converted(sold));
        } else {
            inventory.sell(new StockChange(variantId, Math.toIntExact(locationId), quantity, referenceDoc,
                    "order line without a live reservation (expired before payment)"));
        }
    }

    @Override
    public void takeBack(long variantId, long locationId, int quantity, String referenceDoc, String notes) {
        Location location = ledger.location(Math.toIntExact(locationId));
        scope.require(location.getId());
        ledger.credit(variantId, ledger.movableLocation(location.getId()), quantity, MovementType.CUSTOMER_RETURN,
                referenceDoc, notes);
    }
}
