package pe.colca.inventory;

import jakarta.ejb.Local;
import java.io.Serializable;

/**
 * What the sales area needs of inventory for an order, by ids only (no inventory entity leaves the
 * area): the store an order sells from, and the stock of its lines: held by a reservation while the
 * order is a draft, released when a line changes or the order is cancelled, sold when it is paid. It
 * joins the caller's transaction ({@code MANDATORY}), so an order and its stock change together or
 * not at all; the permissions are those of {@link InventoryService} (reserve, release, convert:
 * {@code inventory.reserve}; a direct sale: {@code order.fulfill}), checked for the caller.
 */
@Local
public interface OrderStock {

    /**
     * The location, when the caller may act there and it sells: live, active, {@code allows_sales}.
     *
     * @throws pe.colca.common.InvalidInput (field {@code locationId}) for an unknown location
     * @throws pe.colca.security.OutOfScope outside the caller's stores
     * @throws pe.colca.inventory.location.LocationInactive, pe.colca.inventory.location.LocationNotSelling (422)
     */
    SellingStore sellingStore(long locationId);

    /**
     * Holds {@code quantity} units of the variant at the location for an order (a reservation with the
     * configured TTL); returns the reservation's id.
     *
     * @throws StockInsufficient when fewer units are available
     * @throws pe.colca.catalog.NotForSale when the variant cannot be sold
     */
    long hold(long variantId, long locationId, int quantity, String sessionId);

    /** Gives the units of a reservation back; false when it is gone already (expired and swept, or converted). */
    boolean releaseHold(long reservationId);

    /**
     * Sells the units of a paid line: the reservation is converted when it still exists; when it
     * expired meanwhile, the units are sold directly if they are still available.
     *
     * @throws StockInsufficient when the reservation expired and the units are no longer available
     */
    void sellHeld(Long reservationId, long variantId, long locationId, int quantity, String referenceDoc);

    /**
     * Takes units of a sold line back into the returning store (a CUSTOMER_RETURN ledger line, audited by
     * the ledger): the location must be in the caller's scope and able to hold stock; the variant need not
     * be sellable any more. The caller (the sales area's return) checked its own permission.
     */
    void takeBack(long variantId, long locationId, int quantity, String referenceDoc, String notes);

    /** A store an order can sell from: its id, code (the order number's prefix) and name. */
    record SellingStore(long id, String code, String name) implements Serializable {
    }
}
