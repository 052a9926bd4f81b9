package pe.colca.inventory.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pe.colca.inventory.InventoryService;
import pe.colca.inventory.MovementType;
import pe.colca.inventory.OrderStock;
import pe.colca.inventory.Reservation;
import pe.colca.inventory.ReservationRequest;
import pe.colca.inventory.StockChange;
import pe.colca.inventory.location.Location;
import pe.colca.security.StoreScope;

/**
 * {@link OrderStock} over {@link InventoryService} (so the one stock path, the audit rows and the
 * permission checks are the service's): this bean only translates ids and checks, without throwing,
 * whether a reservation still exists (a refusal of the service would roll the order's transaction back).
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

    @Override
    public boolean releaseHold(long reservationId) {
        if (em.find(Reservation.class, reservationId) == null) {
            return false;
        }
        inventory.release(reservationId);
        return true;
    }

    @Override
    public void sellHeld(Long reservationId, long variantId, long locationId, int quantity, String referenceDoc) {
        if (reservationId != null && em.find(Reservation.class, reservationId) != null) {
            inventory.convert(reservationId, referenceDoc);
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
