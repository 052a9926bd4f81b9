package pe.colca.catalog.pricing;

import java.util.List;
import pe.colca.common.BusinessException;

/**
 * A bulk price update would leave some variants at zero or a negative price (HTTP 422,
 * {@code bulk-price-not-positive}); nothing was changed. {@link #skus()} names them.
 */
public class BulkPriceRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> skus;

    public BulkPriceRefused(List<String> skus) {
        super(Kind.RULE, "bulk-price-not-positive", "catalog.bulk.notPositive", skus.size(),
                String.join(", ", skus.subList(0, Math.min(20, skus.size()))) + (skus.size() > 20 ? ", …" : ""));
        this.skus = List.copyOf(skus);
    }

    public List<String> skus() {
        return skus;
    }
}
