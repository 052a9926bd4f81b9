package pe.colca.payment.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.payment.CashDenominations;

/** The value rules of the cash services: amounts, reasons, references and counts. A refusal writes nothing. */
final class CashInput {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");
    static final int MAX_REASON = 500;
    static final int MAX_REFERENCE = 100;

    private CashInput() {
    }

    /** Soles with at most two decimals, positive (or zero when {@code zeroAllowed}), at most S/ 10,000,000. */
    static BigDecimal amount(String field, BigDecimal amount, boolean zeroAllowed, Locale locale) {
        if (amount == null) {
            throw invalid(field, "cash.amount.required", locale);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw invalid(field, "cash.amount.scale", locale);
        }
        if (zeroAllowed ? amount.signum() < 0 : amount.signum() <= 0) {
            throw invalid(field, zeroAllowed ? "cash.amount.notNegative" : "cash.amount.positive", locale);
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw invalid(field, "cash.amount.max", locale);
        }
        return amount.setScale(2);
    }

    /** Required text of at most {@code max} characters, stripped. */
    static String text(String field, String value, int max, Locale locale) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "cash." + field + ".required", locale);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw invalid(field, "cash." + field + ".size", locale);
        }
        return stripped;
    }

    /**
     * A count by denomination: every key a denomination of the sol, every quantity 0 to
     * {@link CashDenominations#MAX_PIECES}. Answers every denomination, largest first (absent ones 0).
     */
    static Map<BigDecimal, Integer> count(Map<BigDecimal, Integer> count, Locale locale) {
        if (count == null) {
            throw invalid("count", "cash.count.required", locale);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<BigDecimal, Integer> pieces = new LinkedHashMap<>();
        CashDenominations.ALL.forEach(d -> pieces.put(d, 0));
        for (Map.Entry<BigDecimal, Integer> e : count.entrySet()) {
            BigDecimal denomination = CashDenominations.of(e.getKey());
            String field = "count." + (e.getKey() == null ? "null" : e.getKey().toPlainString());
            if (denomination == null) {
                errors.put(field, Messages.format(locale, "cash.count.denomination"));
            } else if (e.getValue() == null || e.getValue() < 0 || e.getValue() > CashDenominations.MAX_PIECES) {
                errors.put(field, Messages.format(locale, "cash.count.pieces", CashDenominations.MAX_PIECES));
            } else {
                pieces.put(denomination, e.getValue());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return pieces;
    }

    static InvalidInput invalid(String field, String key, Locale locale) {
        return InvalidInput.of(field, Messages.format(locale, key));
    }
}
