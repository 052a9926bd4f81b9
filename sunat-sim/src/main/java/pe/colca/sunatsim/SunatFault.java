package pe.colca.sunatsim;

/**
 * An answer SUNAT gives as a SOAP fault instead of a CDR: exceptions (codes 0100–1999, the document is
 * not stored; fix and resend the same number), and rejections when the simulator is told to answer them
 * as SUNAT beta does ({@link Faults#rejectionsAsFaults()}). The SOAP layer writes it as
 * {@code faultcode = soap-env:Client.<code>}, {@code faultstring = <message>}, HTTP 500.
 */
public final class SunatFault extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;

    public SunatFault(String code) {
        this(code, SunatCodes.message(code));
    }

    public SunatFault(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** SUNAT's code, four digits for exceptions (e.g. {@code 0102}). */
    public String code() {
        return code;
    }

    /** The local part of the SOAP faultcode, e.g. {@code Client.0102}. */
    public String faultCode() {
        return "Client." + code;
    }
}
