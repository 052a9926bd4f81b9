package pe.colca.catalog;

import java.util.Locale;
import pe.colca.common.Messages;
import pe.colca.common.RecordNotFound;

/**
 * A product, variant, category or brand that does not exist or was deleted (HTTP 404, type
 * {@code not-found}). The entity's name is a text of the catalog bundle ({@code catalog.entity.*}).
 */
public class CatalogRecordNotFound extends RecordNotFound {

    private static final long serialVersionUID = 1L;

    private final String entityKey;
    private final String id;

    public CatalogRecordNotFound(String entityKey, Object id) {
        super(Messages.format(Messages.DEFAULT_LOCALE, entityKey), id);
        this.entityKey = entityKey;
        this.id = String.valueOf(id);
    }

    @Override
    public String localizedMessage(Locale locale) {
        return Messages.format(locale, "error.notFound", Messages.format(locale, entityKey), id);
    }
}
