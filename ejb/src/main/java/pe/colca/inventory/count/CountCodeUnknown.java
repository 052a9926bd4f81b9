package pe.colca.inventory.count;

import pe.colca.common.BusinessException;

/** A scanned or typed code is neither a barcode nor a SKU of a live variant (HTTP 422). */
public class CountCodeUnknown extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CountCodeUnknown(String code) {
        super(Kind.RULE, "count-code-unknown", "inventory.count.codeUnknown", code);
    }
}
