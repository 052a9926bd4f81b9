package pe.colca.sunatsim;

/**
 * A check of the 2000–3999 range failed: SUNAT stores the document as rejected (its number is burnt) and
 * answers a CDR with this code, or a fault when it behaves like beta.
 */
final class Rejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;

    Rejection(String code, String detail) {
        super(detail == null ? SunatCodes.message(code) : SunatCodes.message(code) + " " + detail, null, false, false);
        this.code = code;
    }

    Rejection(String code) {
        this(code, null);
    }

    String code() {
        return code;
    }
}
