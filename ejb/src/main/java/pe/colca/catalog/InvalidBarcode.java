package pe.colca.catalog;

import java.util.Map;
import pe.colca.common.BusinessException;
import pe.colca.common.Messages;

/** The barcode has a wrong check digit, or is of a symbology the settings do not allow (HTTP 400). */
public class InvalidBarcode extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidBarcode(String code, String messageKey) {
        super(Kind.INVALID, "invalid-barcode", Map.of("barcode", Messages.format(Messages.DEFAULT_LOCALE, messageKey, code)),
                messageKey, code);
    }
}
