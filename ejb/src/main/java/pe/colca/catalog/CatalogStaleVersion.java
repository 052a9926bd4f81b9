package pe.colca.catalog;

import java.util.Locale;
import pe.colca.common.Messages;
import pe.colca.common.StaleVersion;

/** Somebody changed the product, variant, category or brand since the caller read it (HTTP 409 {@code stale-version}). */
public class CatalogStaleVersion extends StaleVersion {

    private static final long serialVersionUID = 1L;

    private final String entityKey;
    private final String id;

    public CatalogStaleVersion(String entityKey, Object id) {
        super(Messages.format(Messages.DEFAULT_LOCALE, entityKey), id);
        this.entityKey = entityKey;
        this.id = String.valueOf(id);
    }

    @Override
    public String localizedMessage(Locale locale) {
        return Messages.format(locale, "error.staleVersion", Messages.format(locale, entityKey), id);
    }
}
