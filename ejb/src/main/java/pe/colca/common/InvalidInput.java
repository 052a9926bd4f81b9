package pe.colca.common;

import java.util.Map;

/** The input breaks one or more field rules; {@link #fieldErrors()} names them. Nothing was written. */
public class InvalidInput extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidInput(Map<String, String> fieldErrors) {
        super(Kind.INVALID, "invalid-input", fieldErrors, "error.invalidInput", fieldErrors.size());
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, message));
    }
}
