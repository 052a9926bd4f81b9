package pe.colca.invoicing.internal;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.logging.Logger;
import pe.colca.common.BusinessException;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyCredentials.SolLogin;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.SunatEndpoint;
import pe.colca.invoicing.internal.gateway.SunatGateway;
import pe.colca.invoicing.internal.gateway.SunatRefused;
import pe.colca.invoicing.internal.gateway.SunatUnreachable;

/**
 * The network step of the sender, outside any transaction: {@code sendBill} of the prepared zip, and
 * when SUNAT answers 1033 (it already has the number: an earlier send whose answer was lost) the CDR
 * from billConsultService's {@code getStatusCdr} instead of a second issue. Classifies what came back
 * (docs/sunat.md §7): a CDR; a rejection without CDR (2000–3999 as a fault, 1032) that burns the number;
 * a failure worth retrying (no answer, HTTP 503, SUNAT's own exceptions {@link SunatRefused#isException},
 * 1033 not recoverable yet); or one a person must fix (credentials 0102–0104, profile 0111, naming and
 * content 0151–0161, 0306, 1034–1036).
 */
public final class SunatTransmission {

    /** SUNAT production's billConsultService (docs/sunat.md §6); beta has none. */
    public static final String PRODUCTION_CONSULT = "https://e-factura.sunat.gob.pe/ol-it-wsconscpegem/billConsultService";
    private static final Logger LOG = Logger.getLogger(SunatTransmission.class.getName());

    private SunatTransmission() {
    }

    /** A claimed document ready to go: its zip under SUNAT's name and where and as whom to send it. */
    public record Prepared(long documentId, int attempt, String baseName, byte[] zip, SunatGateway.Endpoint bill,
                    SunatGateway.Endpoint consult, String ruc, String typeCode, String series, int number)
            implements Serializable {
    }

    /**
     * What the send gave: a CDR (possibly recovered through getStatusCdr), or SUNAT's code and words.
     *
     * @param cdr       the CDR zip, or null
     * @param code      SUNAT's code of a failure ({@code -1} none)
     * @param retryable worth sending the same number again later
     * @param rejection SUNAT refused the number for good without a CDR (burnt)
     * @param recovered the CDR came from getStatusCdr after a 1033
     */
    public record Result(byte[] cdr, int code, String message, boolean retryable, boolean rejection, boolean recovered)
            implements Serializable {

        Result(byte[] cdr, int code, String message, boolean retryable) {
            this(cdr, code, message, retryable, false, false);
        }

        static Result cdr(byte[] zip, boolean recovered) {
            return new Result(zip, 0, null, false, false, recovered);
        }

        /** SUNAT's code as it writes it ({@code 0130}), or null. */
        String codeText() {
            return code < 0 ? null : String.format("%04d", code);
        }
    }

    static Prepared prepared(long id, int attempt, String baseName, byte[] zip, Company company, SolLogin sol,
                             ElectronicDocument doc, Duration timeout) {
        if (sol == null) {
            throw new IllegalStateException("company " + company.getRuc() + " has no SOL credentials");
        }
        String bill = company.getSunatEndpoint() == SunatEndpoint.SIMULATOR
                ? company.getSimulatorUrl() : company.getSunatEndpoint().billServiceUrl();
        String consult = switch (company.getSunatEndpoint()) {
            case SIMULATOR -> bill != null && bill.endsWith("/billService")
                    ? bill.substring(0, bill.length() - "/billService".length()) + "/billConsultService" : null;
            case PRODUCTION -> PRODUCTION_CONSULT;
            case BETA -> null;
        };
        return new Prepared(id, attempt, baseName, zip,
                new SunatGateway.Endpoint(URI.create(bill), sol.username(), sol.password(), timeout),
                consult == null ? null : new SunatGateway.Endpoint(URI.create(consult), sol.username(), sol.password(), timeout),
                company.getRuc(), doc.getDocumentTypeCode(), doc.getSeries(), doc.getCorrelativeNumber());
    }

    /** Sends the document; never throws for what SUNAT or the network did. */
    static Result transmit(Prepared p) {
        try {
            return Result.cdr(SunatGateway.sendBill(p.bill(), p.baseName() + ".zip", p.zip()), false);
        } catch (SunatRefused refused) {
            if (refused.code() == 1033) {
                return recover(p, refused);
            }
            return refusal(refused);
        } catch (SunatUnreachable e) {
            return new Result(null, -1, e.getMessage(), true);
        } catch (RuntimeException e) {
            LOG.warning("sending " + p.baseName() + " failed unexpectedly: " + e);
            return new Result(null, -1, describe(e), true);
        }
    }

    /** 1033: SUNAT has the number; its CDR through getStatusCdr, or a retry when it cannot be had yet. */
    private static Result recover(Prepared p, SunatRefused alreadyRegistered) {
        if (p.consult() == null) {
            return new Result(null, 1033, alreadyRegistered.getMessage()
                    + " (no billConsultService for this endpoint: check the document in SUNAT's portal)", false);
        }
        try {
            SunatGateway.CdrQuery query = SunatGateway.getStatusCdr(p.consult(), p.ruc(), p.typeCode(), p.series(), p.number());
            if (query.found()) {
                return Result.cdr(query.cdrZip(), true);
            }
            return new Result(null, 1033, "already registered; getStatusCdr answered " + query.statusCode() + " "
                    + query.statusMessage(), true);
        } catch (SunatRefused e) {
            return new Result(null, 1033, "already registered; getStatusCdr refused " + e.getMessage(), true);
        } catch (SunatUnreachable e) {
            return new Result(null, 1033, "already registered; getStatusCdr: " + e.getMessage(), true);
        }
    }

    private static Result refusal(SunatRefused r) {
        int code = r.code();
        boolean rejection = (code >= 2000 && code <= 3999) || code == 1032;
        String message = r.getMessage() == null ? "" : r.getMessage().replaceFirst("^-?\\d+: ", "");
        return new Result(null, code, message, !rejection && r.isException(), rejection, false);
    }

    /** A failure in words: a business exception's message, else the exception's class and message. */
    static String describe(Throwable e) {
        Throwable t = e;
        while ((t instanceof jakarta.ejb.EJBException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof BusinessException b) {
            return b.type() + ": " + b.getMessage();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** {@code 2017 - El numero de RUC…}, as the documents list shows SUNAT's answer. */
    static String text(int code, String description) {
        return description == null ? String.valueOf(code) : code + " - " + description;
    }
}
