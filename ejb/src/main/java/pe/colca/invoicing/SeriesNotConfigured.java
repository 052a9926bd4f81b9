package pe.colca.invoicing;

import pe.colca.common.BusinessException;

/**
 * The store has no series for this kind of document, or its series reached 99,999,999 (HTTP 422).
 * Nothing was written: the sale is refused until an administrator configures a series for the store
 * (*Facturación → Series*).
 */
public class SeriesNotConfigured extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SeriesNotConfigured(int locationId, DocumentType type) {
        super(Kind.RULE, "series-not-configured", "invoicing.series.missing", locationId,
                Integer.parseInt(type.code()));
    }
}
