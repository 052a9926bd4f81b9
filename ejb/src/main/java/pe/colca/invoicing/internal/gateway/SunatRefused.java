package pe.colca.invoicing.internal.gateway;

/**
 * SUNAT (or the simulator) answered with a SOAP fault: {@code code} is SUNAT's numeric code (0100–0199
 * exceptions worth a retry, 1033 already registered, 2000–3999 rejections, …), or {@code -1} when the
 * fault carried none.
 */
public class SunatRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final int code;

    public SunatRefused(int code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** 0100–0199: SUNAT's own trouble (service down, timeouts); send the same document again later. */
    public boolean isException() {
        return code >= 100 && code < 200;
    }
}
