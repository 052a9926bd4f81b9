package pe.colca.sales;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import pe.colca.common.BusinessException;

/**
 * A discount larger than what it discounts: a line's discount above its amount, or the order's
 * discount above the charged goods after line discounts (HTTP 422). Nothing was priced.
 */
public class DiscountAboveAmount extends BusinessException {

    private static final long serialVersionUID = 1L;

    private DiscountAboveAmount(String messageKey, Object... args) {
        super(Kind.RULE, "discount-above-amount", messageKey, args);
    }

    /** The discount of line {@code number} (from 1) is above the line's amount. */
    public static DiscountAboveAmount onLine(int number, BigDecimal discount, BigDecimal amount) {
        return new DiscountAboveAmount("sales.pricing.discountAboveAmount", number, soles(discount), soles(amount));
    }

    /** The order's discount is above the charged goods after line discounts. */
    public static DiscountAboveAmount onOrder(BigDecimal discount, BigDecimal amount) {
        return new DiscountAboveAmount("sales.pricing.orderDiscountAboveAmount", soles(discount), soles(amount));
    }

    /** {@code S/ 1,234.50}: how amounts are shown in Colca. */
    public static String soles(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return "S/ " + format.format(amount);
    }
}
