package pe.colca.inventory.count;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a count as the screens compare it with the system (read-only).
 *
 * @param systemQuantity on hand frozen when the line was first counted (null while not counted)
 * @param counted        counted units (null while not counted)
 * @param onHandNow      on hand right now
 */
public record CountLine(long lineId, long variantId, String sku, String barcode, String productName, String size,
                        String color, Integer systemQuantity, Integer counted, int onHandNow, BigDecimal costPrice,
                        Instant countedAt, String countedBy) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean isCounted() {
        return counted != null;
    }

    /** The system quantity the count compares with: frozen at the first count, else the live on hand. */
    public int system() {
        return systemQuantity != null ? systemQuantity : onHandNow;
    }

    /** counted − system, or null while not counted. */
    public Integer difference() {
        return counted == null ? null : counted - system();
    }

    /**
     * The units approval posts for this line: the difference of a counted line; for a line not
     * counted, minus the live on hand when the approver confirmed "uncounted = 0", else nothing.
     */
    public int correction(boolean uncountedAsZero) {
        if (counted != null) {
            return counted - system();
        }
        return uncountedAsZero ? -onHandNow : 0;
    }

    /** {@link #correction} valued at the product's cost (zero without a cost). */
    public BigDecimal correctionValue(boolean uncountedAsZero) {
        return costPrice == null ? BigDecimal.ZERO.setScale(2)
                : costPrice.multiply(BigDecimal.valueOf(correction(uncountedAsZero))).setScale(2,
                        java.math.RoundingMode.HALF_UP);
    }
}
