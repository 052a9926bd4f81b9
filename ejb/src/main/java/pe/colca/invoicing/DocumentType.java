package pe.colca.invoicing;

import java.util.Arrays;

/** SUNAT catalog 01 ("tipo de documento"), stored as its two-digit code. */
public enum DocumentType {
    FACTURA("01"),
    BOLETA("03"),
    NOTA_CREDITO("07"),
    NOTA_DEBITO("08");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    /** The SUNAT code as stored in the database, e.g. {@code "01"}. */
    public String code() {
        return code;
    }

    public static DocumentType fromCode(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown SUNAT document type: " + code));
    }
}
