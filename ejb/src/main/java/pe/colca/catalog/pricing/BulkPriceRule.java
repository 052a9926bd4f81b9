package pe.colca.catalog.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The arithmetic of a bulk price update, free of persistence so it can be tested alone. The new price
 * is computed from the variant's current effective price and rounded once, at the end, to 2 decimals
 * HALF_UP (S/ 10.005 → 10.01; S/ 19.90 + 15 % = 22.885 → 22.89). A result of zero or less is not a
 * price: the update is refused for it ({@link PricePolicy#isPositive}).
 */
public final class BulkPriceRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BulkPriceRule() {
    }

    /** The new price of a variant that costs {@code current} today. */
    public static BigDecimal newPrice(BigDecimal current, BulkPriceMode mode, BigDecimal value) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(value, "value");
        BigDecimal exact = switch (Objects.requireNonNull(mode, "mode")) {
            case PERCENT -> current.multiply(HUNDRED.add(value)).divide(HUNDRED);
            case AMOUNT -> current.add(value);
            case SET -> value;
        };
        return exact.setScale(2, RoundingMode.HALF_UP);
    }
}
