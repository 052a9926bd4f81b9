package pe.colca.inventory.alert;

import jakarta.ejb.Local;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Low-stock thresholds per variant and location ({@code inventory_alerts}) and the state of their
 * alerts. When the available units of a pair fall below its active threshold ONE alert is raised
 * (the staff holding {@code inventory.alert.edit} get a {@code STOCK_LOW} notification through the
 * {@code notification.outbound} queue, and the console home page lists it); no other alert is
 * raised while the stock stays below, and the alert re-arms when available gets back to the
 * threshold or above. Setting, changing or activating a threshold evaluates the pair at once.
 * Pairs without a threshold never alert (the stock screen's "default low stock" only highlights).
 *
 * <p>Permissions: {@code inventory.view} to read, {@code inventory.alert.edit} to change.
 */
@Local
public interface StockAlertService {

    int MAX_THRESHOLD = 1_000_000;

    /** Thresholds with their state; sort fields {@code sku}, {@code product}, {@code location}, {@code threshold}, {@code available}, {@code lastTriggeredAt} (default SKU). */
    Page<StockAlertLine> alerts(StockAlertFilter filter, PageRequest page);

    /** @throws pe.colca.common.RecordNotFound */
    StockAlertLine alert(long id);

    /** The threshold of the pair, or null when it has none. */
    StockAlertLine alertOf(long variantId, int locationId);

    /**
     * Sets the threshold of the pair: creates the rule when the pair has none, otherwise changes it,
     * refused with {@link pe.colca.common.StaleVersion} when {@code expectedVersion} is given and
     * differs. {@code active} null keeps the rule's state (a new rule is active).
     *
     * @throws pe.colca.common.InvalidInput unknown variant or location, threshold outside 0..1000000
     */
    StockAlertLine setThreshold(long variantId, int locationId, int threshold, Boolean active, Long expectedVersion);

    /** Activates or deactivates a rule (a deactivated rule never alerts; re-activating evaluates it). */
    StockAlertLine setActive(long id, boolean active, long expectedVersion);

    /** Removes a rule. @throws pe.colca.common.StaleVersion @throws pe.colca.common.RecordNotFound */
    void delete(long id, long expectedVersion);

    /**
     * Sets {@code threshold} for every live variant of a category and/or brand at a location
     * (creates or changes the rules); at least one of the two is required.
     *
     * @return how many rules were created or changed
     */
    int setThresholdForGroup(int locationId, Long categoryId, Long brandId, int threshold);

    /** Categories (active) and brands a bulk threshold can target, by name; needs {@code inventory.view}. */
    java.util.List<Group> groups();

    /** A category or a brand for {@link #setThresholdForGroup}. */
    record Group(long id, String name, boolean brand) implements java.io.Serializable {
    }
}
