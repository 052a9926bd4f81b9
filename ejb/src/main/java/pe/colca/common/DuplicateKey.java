package pe.colca.common;

import java.util.Map;

/** A value that must be unique (a code, a slug, an email) is already taken. */
public class DuplicateKey extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateKey(String field, Object value) {
        super(Kind.CONFLICT, "duplicate-key", Map.of(field, Messages.format(Messages.DEFAULT_LOCALE,
                "error.duplicateKey", field, String.valueOf(value))), "error.duplicateKey", field, String.valueOf(value));
    }
}
