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

    /**
     * SUNAT's own trouble, worth sending the same document again later (docs/sunat.md §7: 0100, 0109,
     * 0130–0138, 0200–0253). Other 01xx codes are the sender's to fix first: 0102–0104 credentials,
     * 0111 no CPE profile, 0151–0161 file naming and zip.
     */
    public boolean isException() {
        return code == 100 || code == 109 || (code >= 130 && code <= 138) || (code >= 200 && code <= 253);
    }
}
