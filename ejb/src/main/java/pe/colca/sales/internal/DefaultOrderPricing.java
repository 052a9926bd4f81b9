package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.VariantInfo;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RequestMetadata;
import pe.colca.sales.OrderPricing;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.PricingInput;
import pe.colca.settings.Settings;

/**
 * {@link OrderPricing} over the settings and the catalog's read contract; the arithmetic is
 * {@link PriceCalculator}. Writes nothing, so it needs no permission and joins the caller's
 * transaction if there is one (SUPPORTS): the settings read and the catalog read then see the same
 * snapshot as the order being priced.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultOrderPricing implements OrderPricing {

    static final String RATE_SETTING = "tax.igv.rate";
    static final String INCLUDED_SETTING = "tax.prices_include_igv";

    @EJB
    private Settings settings;

    @EJB
    private CatalogReader catalog;

    @Inject
    private RequestMetadata request;

    @Override
    public PricedOrder price(PricingInput input) {
        if (input == null) {
            throw InvalidInput.of("body", Messages.format(request.getLocale(), "error.bodyRequired"));
        }
        return new PriceCalculator(settings.decimal(RATE_SETTING), settings.bool(INCLUDED_SETTING), request.getLocale())
                .price(input);
    }

    @Override
    public PricingInput atCatalogPrices(List<Item> items, BigDecimal globalDiscount, BigDecimal shipping) {
        List<Item> all = items == null ? List.of() : items;
        List<Long> ids = all.stream().filter(i -> i != null).map(Item::variantId).distinct().toList();
        Map<Long, VariantInfo> found = ids.isEmpty() ? Map.of() : catalog.variants(ids);
        Map<String, String> errors = new LinkedHashMap<>();
        List<PricingInput.Line> lines = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Item item = all.get(i);
            VariantInfo info = item == null ? null : found.get(item.variantId());
            if (info == null) {
                errors.put("lines[" + i + "].variantId", Messages.format(request.getLocale(), "sales.pricing.variant.unknown",
                        item == null ? "" : String.valueOf(item.variantId())));
                continue;
            }
            lines.add(new PricingInput.Line(info.variantId(), info.price(), item.quantity(), item.discount(),
                    info.taxCode()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new PricingInput(lines, globalDiscount, shipping);
    }
}
