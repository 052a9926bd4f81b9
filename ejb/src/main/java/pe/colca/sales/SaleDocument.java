package pe.colca.sales;

/** The SUNAT document a sale asks for ({@code orders.document_type}, catalog 01 code). */
public enum SaleDocument {
    /** 03: to a consumer; above {@code S/ 700} it names the buyer's document. */
    BOLETA("03"),
    /** 01: to a business; needs a customer with a RUC. */
    FACTURA("01");

    private final String code;

    SaleDocument(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SaleDocument ofCode(String code) {
        for (SaleDocument d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown sale document code: " + code);
    }
}
