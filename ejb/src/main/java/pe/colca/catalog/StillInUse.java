package pe.colca.catalog;

import java.util.Locale;
import pe.colca.common.BusinessException;
import pe.colca.common.Messages;

/** A category or brand cannot be removed while products or sub-categories refer to it (HTTP 409). */
public class StillInUse extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String entityKey;
    private final String id;

    public StillInUse(String entityKey, Object id) {
        super(Kind.CONFLICT, "still-in-use", "catalog.inUse", Messages.format(Messages.DEFAULT_LOCALE, entityKey),
                String.valueOf(id));
        this.entityKey = entityKey;
        this.id = String.valueOf(id);
    }

    @Override
    public String localizedMessage(Locale locale) {
        return Messages.format(locale, "catalog.inUse", Messages.format(locale, entityKey), id);
    }
}
