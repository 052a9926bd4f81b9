package pe.colca.payment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes and coins of the sol a drawer is counted in, largest first: S/ 200, 100, 50, 20, 10 (notes),
 * 5, 2, 1, 0.50, 0.20, 0.10 (coins). A count is a quantity per denomination; its total is the counted cash.
 */
public final class CashDenominations {

    /** Every denomination, largest first, with two decimals ({@code "200.00"} is also the key of the stored count). */
    public static final List<BigDecimal> ALL = List.of(new BigDecimal("200.00"), new BigDecimal("100.00"),
            new BigDecimal("50.00"), new BigDecimal("20.00"), new BigDecimal("10.00"), new BigDecimal("5.00"),
            new BigDecimal("2.00"), new BigDecimal("1.00"), new BigDecimal("0.50"), new BigDecimal("0.20"),
            new BigDecimal("0.10"));

    /** The most pieces of one denomination a count accepts (a typo guard). */
    public static final int MAX_PIECES = 100_000;

    private CashDenominations() {
    }

    /** The denomination of this value ({@code 0.5} → {@code 0.50}), or null when the sol has none. */
    public static BigDecimal of(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return ALL.stream().filter(d -> d.compareTo(value) == 0).findFirst().orElse(null);
    }

    /** The stored key of a denomination: {@code "0.50"}. */
    public static String key(BigDecimal denomination) {
        return denomination.setScale(2).toPlainString();
    }

    /** Σ denomination × pieces. */
    public static BigDecimal total(Map<BigDecimal, Integer> count) {
        return count.entrySet().stream().map(e -> e.getKey().multiply(BigDecimal.valueOf(e.getValue())))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add).setScale(2);
    }

    /** Every denomination, largest first, with the pieces of {@code stored} (a stored count; 0 when absent). */
    public static Map<BigDecimal, Integer> read(Map<String, Object> stored) {
        Map<BigDecimal, Integer> count = new LinkedHashMap<>();
        for (BigDecimal d : ALL) {
            Object pieces = stored == null ? null : stored.get(key(d));
            count.put(d, pieces instanceof Number n ? n.intValue() : 0);
        }
        return count;
    }
}
