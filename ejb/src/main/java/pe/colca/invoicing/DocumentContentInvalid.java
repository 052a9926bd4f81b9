package pe.colca.invoicing;

import pe.colca.common.BusinessException;

/**
 * A document whose content SUNAT would reject (series of the wrong letter, a factura without a RUC, a
 * note without its reason or reference, cuotas after no date...): refused before any XML is written
 * (HTTP 422 {@code document-content-invalid}); the message names the document and the rule.
 */
public class DocumentContentInvalid extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param messageKey a key of {@code pe/colca/invoicing/messages*.properties} whose first argument is the
     *                   document id
     */
    public DocumentContentInvalid(String messageKey, Object... args) {
        super(Kind.RULE, "document-content-invalid", messageKey, args);
    }
}
