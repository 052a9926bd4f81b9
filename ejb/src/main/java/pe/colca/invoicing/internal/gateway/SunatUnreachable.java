package pe.colca.invoicing.internal.gateway;

/**
 * No answer from SUNAT: connection refused or timed out, or an HTTP error without a SOAP fault (503
 * while SUNAT is down). The document was not registered as far as Colca knows: retry with backoff, and
 * on "already registered" (1033) ask for its status instead of issuing it again.
 */
public class SunatUnreachable extends Exception {

    private static final long serialVersionUID = 1L;

    public SunatUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
