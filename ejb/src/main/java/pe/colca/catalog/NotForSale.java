package pe.colca.catalog;

import java.util.Locale;
import pe.colca.common.BusinessException;
import pe.colca.common.Messages;

/**
 * The variant cannot be reserved, sold or converted now (HTTP 422 {@code not-for-sale}): it or its
 * product was deleted, the variant is inactive, or the product is a draft or discontinued
 * ({@link Sellability}). It names the variant: its label and SKU in the text, its id and SKU for the
 * API's problem body ({@link #variantId()}, {@link #sku()}).
 */
public class NotForSale extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Long variantId;
    private final String code;
    private final String label;
    private final String reasonKey;

    /** The variant {@code variantId} ({@code label}, e.g. "Polo · M · Azul") may not be sold, for {@code reasonKey}. */
    public NotForSale(long variantId, String sku, String label, String reasonKey) {
        super(Kind.RULE, "not-for-sale", "catalog.variant.notForSale", label, sku,
                Messages.format(Messages.DEFAULT_LOCALE, reasonKey));
        this.variantId = variantId;
        this.code = sku;
        this.label = label;
        this.reasonKey = reasonKey;
    }

    /** The variant of {@code info}, which is not sellable. */
    public static NotForSale of(VariantInfo info) {
        return new NotForSale(info.variantId(), info.sku(), info.label(), info.notSellableReasonKey());
    }

    /** Names the variant by the code that was scanned only (kept for callers that know no more). */
    public NotForSale(String code, String reasonKey) {
        super(Kind.RULE, "not-for-sale", "catalog.lookup.notForSale", code, Messages.format(Messages.DEFAULT_LOCALE, reasonKey));
        this.variantId = null;
        this.code = code;
        this.label = null;
        this.reasonKey = reasonKey;
    }

    /** The variant's id; null when only the code is known. */
    public Long variantId() {
        return variantId;
    }

    /** The variant's SKU (or the scanned code). */
    public String sku() {
        return code;
    }

    /** The message key of the reason ({@code catalog.lookup.reason.*}). */
    public String reasonKey() {
        return reasonKey;
    }

    @Override
    public String localizedMessage(Locale locale) {
        if (label == null) {
            return Messages.format(locale, "catalog.lookup.notForSale", code, Messages.format(locale, reasonKey));
        }
        return Messages.format(locale, "catalog.variant.notForSale", label, code, Messages.format(locale, reasonKey));
    }
}
