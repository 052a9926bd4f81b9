package pe.colca.sales.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pe.colca.catalog.TaxAffectation;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.sales.DiscountAboveAmount;
import pe.colca.sales.PricedLine;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.PricingInput;
import pe.colca.sales.TaxAffectationUnsupported;
import pe.colca.sales.TaxGroup;
import pe.colca.sales.TaxSubtotal;

/**
 * The arithmetic of {@link pe.colca.sales.OrderPricing}, free of the container so it is tested alone
 * (docs/pricing.md has the formulas and worked examples).
 *
 * <ul>
 *   <li>A line's <b>amount</b> is unit price × quantity rounded to the céntimo (HALF_UP, as SUNAT's
 *   validations expect); discounts are subtracted from it in shelf terms.</li>
 *   <li>The <b>order discount</b> is spread over the charged lines in proportion to their amount after
 *   line discounts, in whole céntimos (largest remainder), so it becomes part of each line's discount
 *   (a discount affecting the base, {@code AllowanceCharge} code 00) and every total stays a sum of
 *   lines.</li>
 *   <li><b>IGV</b> is computed once per tax group on the exact sum of the lines' IGV and that amount is
 *   shared out to the lines in whole céntimos (largest remainder): each line's IGV is less than a
 *   céntimo from its exact IGV, the header's IGV is within a céntimo of the total base × rate, and the sum of
 *   the lines is the header, however many lines there are (rounding each line alone drifts: 100 lines of S/ 0.33 would
 *   state S/ 5.00 of IGV on S/ 28.00 of value). With prices including IGV, a line's total is its
 *   shelf amount and its value is the total minus its IGV, so the customer pays the shelf price to
 *   the céntimo.</li>
 *   <li>Unit values without IGV keep 10 decimals (the most SUNAT accepts).</li>
 * </ul>
 */
public final class PriceCalculator {

    static final int AMOUNT_SCALE = 2;
    static final int UNIT_SCALE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(AMOUNT_SCALE);

    private final BigDecimal rate;
    private final BigDecimal onePlusRate;
    private final boolean pricesIncludeIgv;
    private final Locale locale;

    /**
     * @param igvRate          e.g. 0.18 (setting {@code tax.igv.rate}); from 0 to below 1
     * @param pricesIncludeIgv setting {@code tax.prices_include_igv}
     * @param locale           the language of field messages
     */
    public PriceCalculator(BigDecimal igvRate, boolean pricesIncludeIgv, Locale locale) {
        if (igvRate == null || igvRate.signum() < 0 || igvRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the IGV rate must be a fraction from 0 to below 1: " + igvRate);
        }
        this.rate = igvRate;
        this.onePlusRate = BigDecimal.ONE.add(igvRate);
        this.pricesIncludeIgv = pricesIncludeIgv;
        this.locale = locale == null ? Messages.DEFAULT_LOCALE : locale;
    }

    /** One line while it is worked out. */
    private static final class Work {
        int number;
        long variantId;
        String taxCode;
        TaxGroup group;
        boolean free;
        boolean taxed;
        boolean includesIgv;
        BigDecimal quantity;
        BigDecimal unitPrice;
        BigDecimal amount;
        BigDecimal lineDiscount = ZERO;
        BigDecimal orderShare = ZERO;
        BigDecimal exactIgv = BigDecimal.ZERO;
        BigDecimal igv = ZERO;
        BigDecimal value;   // free lines: quantity × referential value; taxed exclusive: the base
        BigDecimal total;   // taxed inclusive: the shelf total (known before the IGV)

        BigDecimal net() {
            return amount.subtract(lineDiscount);
        }
    }

    public PricedOrder price(PricingInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Work> lines = new ArrayList<>();
        for (int i = 0; i < input.lines().size(); i++) {
            lines.add(line(i, input.lines().get(i), errors));
        }
        BigDecimal orderDiscount = money(input.globalDiscount(), "globalDiscount", errors);
        BigDecimal shippingAmount = money(input.shipping(), "shipping", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        for (Work w : lines) {
            if (w.lineDiscount.compareTo(w.amount) > 0) {
                throw DiscountAboveAmount.onLine(w.number, w.lineDiscount, w.amount);
            }
        }
        List<Work> charged = lines.stream().filter(w -> !w.free).toList();
        spreadOrderDiscount(charged, orderDiscount);

        Work shipping = shippingAmount.signum() > 0 ? shipping(lines.size() + 1, shippingAmount) : null;
        List<Work> taxed = new ArrayList<>(charged.stream().filter(w -> w.taxed).toList());
        if (shipping != null) {
            taxed.add(shipping);
        }
        for (Work w : taxed) {
            if (w.includesIgv) {
                w.total = w.net().subtract(w.orderShare);
                w.exactIgv = w.total.multiply(rate).divide(onePlusRate, UNIT_SCALE, RoundingMode.HALF_UP);
            } else {
                w.value = w.net().subtract(w.orderShare);
                w.exactIgv = w.value.multiply(rate).setScale(UNIT_SCALE, RoundingMode.HALF_UP);
            }
        }
        shareIgv(taxed);
        List<Work> free = lines.stream().filter(w -> w.free).toList();
        for (Work w : free) {
            w.value = money(w.quantity.multiply(referentialValue(w)));
            w.exactIgv = w.taxed ? w.value.multiply(rate).setScale(UNIT_SCALE, RoundingMode.HALF_UP) : BigDecimal.ZERO;
        }
        shareIgv(free.stream().filter(w -> w.taxed).toList());

        List<PricedLine> priced = lines.stream().map(this::priced).toList();
        PricedLine shippingLine = shipping == null ? null : priced(shipping);
        return order(priced, shippingLine, orderDiscount);
    }

    // ------------------------------------------------------------------------------------ input

    private Work line(int index, PricingInput.Line in, Map<String, String> errors) {
        String at = "lines[" + index + "].";
        Work w = new Work();
        w.number = index + 1;
        if (in == null) {
            errors.put("lines[" + index + "]", text("sales.pricing.line.required"));
            return placeholder(w);
        }
        w.variantId = in.variantId();
        w.taxCode = in.taxCode();
        TaxAffectation affectation = null;
        try {
            affectation = TaxAffectation.fromCode(in.taxCode());
        } catch (IllegalArgumentException e) {
            errors.put(at + "taxCode", text("sales.pricing.taxCode.unknown", String.valueOf(in.taxCode())));
        }
        if (affectation == TaxAffectation.GRAVADO_IVAP) {
            throw new TaxAffectationUnsupported(w.number, in.taxCode());
        }
        BigDecimal quantity = in.quantity();
        if (quantity == null || quantity.signum() <= 0) {
            errors.put(at + "quantity", text("sales.pricing.quantity.positive"));
        } else if (quantity.stripTrailingZeros().scale() > UNIT_SCALE) {
            errors.put(at + "quantity", text("sales.pricing.quantity.scale", UNIT_SCALE));
        }
        BigDecimal price = in.unitPrice();
        if (price == null || price.signum() <= 0) {
            errors.put(at + "unitPrice", text("sales.pricing.price.positive"));
        } else if (price.stripTrailingZeros().scale() > UNIT_SCALE) {
            errors.put(at + "unitPrice", text("sales.pricing.price.scale", UNIT_SCALE));
        }
        BigDecimal discount = money(in.discount(), at + "discount", errors);
        if (affectation == null || errors.keySet().stream().anyMatch(k -> k.startsWith(at))) {
            return placeholder(w);
        }
        w.group = TaxGroup.of(affectation);
        w.free = TaxGroup.isFree(affectation);
        w.taxed = TaxGroup.isTaxed(affectation);
        w.includesIgv = w.taxed && pricesIncludeIgv;
        w.quantity = quantity;
        w.unitPrice = price;
        w.amount = money(price.multiply(quantity));
        if (w.free && discount.signum() > 0) {
            errors.put(at + "discount", text("sales.pricing.discount.free"));
        }
        w.lineDiscount = discount;
        return w;
    }

    private static Work placeholder(Work w) {
        w.amount = ZERO;
        return w;
    }

    /** An optional amount: null is 0; negative or more than 2 decimals is an error on {@code field}. */
    private BigDecimal money(BigDecimal amount, String field, Map<String, String> errors) {
        if (amount == null) {
            return ZERO;
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > AMOUNT_SCALE) {
            errors.put(field, text("sales.pricing.amount.invalid"));
            return ZERO;
        }
        return amount.setScale(AMOUNT_SCALE);
    }

    private Work shipping(int number, BigDecimal amount) {
        Work w = new Work();
        w.number = number;
        w.taxCode = TaxAffectation.GRAVADO_ONEROSA.code();
        w.group = TaxGroup.GRAVADO;
        w.taxed = true;
        w.includesIgv = pricesIncludeIgv;
        w.quantity = BigDecimal.ONE;
        w.unitPrice = amount;
        w.amount = amount;
        return w;
    }

    // ------------------------------------------------------------------------------- the sharing

    private void spreadOrderDiscount(List<Work> charged, BigDecimal discount) {
        if (discount.signum() == 0) {
            return;
        }
        BigDecimal base = charged.stream().map(Work::net).reduce(ZERO, BigDecimal::add);
        if (discount.compareTo(base) > 0) {
            throw DiscountAboveAmount.onOrder(discount, base);
        }
        List<BigDecimal> exact = charged.stream()
                .map(w -> discount.multiply(w.net()).divide(base, UNIT_SCALE, RoundingMode.DOWN)) // never above the target
                .toList();
        List<BigDecimal> shares = share(exact, discount);
        for (int i = 0; i < charged.size(); i++) {
            charged.get(i).orderShare = shares.get(i);
        }
    }

    /** The group's IGV, rounded once on the exact sum, shared out to its lines. */
    private static void shareIgv(List<Work> group) {
        if (group.isEmpty()) {
            return;
        }
        List<BigDecimal> exact = group.stream().map(w -> w.exactIgv).toList();
        BigDecimal total = money(exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        List<BigDecimal> shares = share(exact, total);
        for (int i = 0; i < group.size(); i++) {
            group.get(i).igv = shares.get(i);
        }
    }

    /**
     * {@code target} (2 decimals) in whole céntimos, close to the {@code exact} parts (largest
     * remainder): every part is its exact value cut to the céntimo, and the céntimos left over go one
     * each to the parts that lost the most (the earlier line on a tie). Each part is within a céntimo
     * of its exact value and the parts add up to the target.
     */
    static List<BigDecimal> share(List<BigDecimal> exact, BigDecimal target) {
        List<BigDecimal> parts = new ArrayList<>(exact.size());
        BigDecimal cut = BigDecimal.ZERO;
        for (BigDecimal e : exact) {
            BigDecimal floor = e.setScale(AMOUNT_SCALE, RoundingMode.FLOOR);
            parts.add(floor);
            cut = cut.add(floor);
        }
        int left = target.subtract(cut).divide(CENT, 0, RoundingMode.HALF_UP).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < exact.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> exact.get(i).subtract(parts.get(i))).reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            int i = order.get(k % order.size());
            parts.set(i, parts.get(i).add(CENT));
        }
        return parts;
    }

    // ------------------------------------------------------------------------------------ output

    private BigDecimal referentialValue(Work w) {
        return w.includesIgv ? w.unitPrice.divide(onePlusRate, UNIT_SCALE, RoundingMode.HALF_UP) : w.unitPrice;
    }

    private PricedLine priced(Work w) {
        BigDecimal percent = w.taxed ? rate.multiply(HUNDRED).setScale(AMOUNT_SCALE, RoundingMode.HALF_UP) : ZERO;
        if (w.free) {
            return new PricedLine(w.number, w.variantId, w.taxCode, w.group, true, w.quantity, w.unitPrice,
                    ZERO, unit(referentialValue(w)), PricedLine.REFERENTIAL_VALUE, w.amount, ZERO, ZERO,
                    w.value, ZERO, w.value, percent, w.igv, ZERO);
        }
        BigDecimal discountGiven = w.lineDiscount.add(w.orderShare);
        BigDecimal gross;
        BigDecimal discountValue;
        BigDecimal base;
        BigDecimal total;
        BigDecimal unitValue;
        BigDecimal referencePrice;
        if (w.includesIgv) {
            total = w.total;
            base = total.subtract(w.igv);
            discountValue = money(discountGiven.divide(onePlusRate, UNIT_SCALE, RoundingMode.HALF_UP));
            gross = base.add(discountValue);
            unitValue = w.unitPrice.divide(onePlusRate, UNIT_SCALE, RoundingMode.HALF_UP);
            referencePrice = w.unitPrice;
        } else {
            gross = w.amount;
            discountValue = discountGiven;
            base = gross.subtract(discountValue);
            total = base.add(w.igv);
            unitValue = w.unitPrice;
            referencePrice = w.taxed ? w.unitPrice.multiply(BigDecimal.ONE.add(rate)) : w.unitPrice;
        }
        return new PricedLine(w.number, w.variantId, w.taxCode, w.group, false, w.quantity, w.unitPrice,
                unit(unitValue), unit(referencePrice), PricedLine.PRICE_WITH_TAX, w.amount, w.lineDiscount,
                w.orderShare, gross, discountValue, base, percent, w.igv, total);
    }

    private PricedOrder order(List<PricedLine> lines, PricedLine shipping, BigDecimal orderDiscount) {
        BigDecimal subtotal = ZERO;
        BigDecimal discountTotal = ZERO;
        BigDecimal tax = ZERO;
        BigDecimal grand = ZERO;
        BigDecimal discountGiven = ZERO;
        BigDecimal freeValue = ZERO;
        BigDecimal freeIgv = ZERO;
        for (PricedLine l : lines) {
            if (l.free()) {
                freeValue = freeValue.add(l.lineExtensionAmount());
                freeIgv = freeIgv.add(l.igv());
            } else {
                subtotal = subtotal.add(l.grossValue());
                discountTotal = discountTotal.add(l.discountValue());
                tax = tax.add(l.igv());
                grand = grand.add(l.total());
                discountGiven = discountGiven.add(l.discountGiven());
            }
        }
        BigDecimal shippingCost = ZERO;
        if (shipping != null) {
            shippingCost = shipping.lineExtensionAmount();
            tax = tax.add(shipping.igv());
            grand = grand.add(shipping.total());
        }
        List<TaxSubtotal> subtotals = new ArrayList<>();
        for (TaxGroup group : TaxGroup.values()) {
            List<PricedLine> in = new ArrayList<>(lines.stream().filter(l -> l.group() == group).toList());
            if (shipping != null && group == TaxGroup.GRAVADO) {
                in.add(shipping);
            }
            if (!in.isEmpty()) {
                subtotals.add(new TaxSubtotal(group,
                        in.stream().map(PricedLine::lineExtensionAmount).reduce(ZERO, BigDecimal::add),
                        in.stream().map(PricedLine::igv).reduce(ZERO, BigDecimal::add)));
            }
        }
        assert discountGiven.compareTo(orderDiscount.add(lines.stream().map(PricedLine::lineDiscount)
                .reduce(ZERO, BigDecimal::add))) == 0;
        return new PricedOrder(lines, shipping, subtotals, rate, pricesIncludeIgv, subtotal, discountTotal,
                shippingCost, tax, grand, discountGiven, freeValue, freeIgv);
    }

    // ------------------------------------------------------------------------------------ helpers

    /** An amount to the céntimo, HALF_UP (0.125 → 0.13). */
    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(AMOUNT_SCALE, RoundingMode.HALF_UP);
    }

    /** A unit value with at most 10 decimals and at least 2 (100 → 100.00, 8.47457627118644 → 8.4745762712). */
    static BigDecimal unit(BigDecimal value) {
        BigDecimal v = value.setScale(UNIT_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.scale() < AMOUNT_SCALE ? v.setScale(AMOUNT_SCALE) : v;
    }

    private String text(String key, Object... args) {
        return Messages.format(locale, key, args);
    }
}
