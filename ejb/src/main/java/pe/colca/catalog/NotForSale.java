package pe.colca.catalog;

import java.util.Locale;
import pe.colca.common.BusinessException;
import pe.colca.common.Messages;

/**
 * The code names a variant that cannot be sold now: its product is a draft or discontinued, or the
 * variant is inactive (HTTP 422). Deleted products and variants are simply not found (404).
 */
public class NotForSale extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String reasonKey;

    public NotForSale(String code, String reasonKey) {
        super(Kind.RULE, "not-for-sale", "catalog.lookup.notForSale", code, Messages.format(Messages.DEFAULT_LOCALE, reasonKey));
        this.code = code;
        this.reasonKey = reasonKey;
    }

    @Override
    public String localizedMessage(Locale locale) {
        return Messages.format(locale, "catalog.lookup.notForSale", code, Messages.format(locale, reasonKey));
    }
}
