package pe.colca.invoicing.internal.reconcile;

import java.net.URI;
import java.time.Duration;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyCredentials.SolLogin;
import pe.colca.invoicing.SunatEndpoint;
import pe.colca.invoicing.internal.SunatTransmission;
import pe.colca.invoicing.internal.gateway.CdrAnswer;
import pe.colca.invoicing.internal.gateway.CdrReader;
import pe.colca.invoicing.internal.gateway.SunatGateway;
import pe.colca.invoicing.internal.gateway.SunatRefused;
import pe.colca.invoicing.internal.gateway.SunatUnreachable;
import pe.colca.invoicing.reconcile.ReconciliationRules.Held;
import pe.colca.invoicing.reconcile.ReconciliationRules.SunatAnswer;

/**
 * What SUNAT holds of a document, through billConsultService's {@code getStatusCdr} (the same client the
 * sender uses for 1033; docs/sunat.md §6): {@code 0004} with the CDR → the CDR's code (0 or an observation:
 * accepted; 2000–3999: rejected); {@code 0001} accepted, {@code 0002} rejected, {@code 0003} voided (de baja);
 * {@code 0011} the document does not exist. Anything else, a fault or no answer is a failed consult, reported
 * as such (never as a difference of status).
 */
final class SunatConsult {

    private SunatConsult() {
    }

    /** The company's billConsultService, or null when its endpoint has none (SUNAT beta) or it cannot log in. */
    static SunatGateway.Endpoint endpoint(Company company, SolLogin sol, Duration timeout) {
        if (sol == null) {
            return null;
        }
        String address = switch (company.getSunatEndpoint()) {
            case SIMULATOR -> {
                String bill = company.getSimulatorUrl();
                yield bill != null && bill.endsWith("/billService")
                        ? bill.substring(0, bill.length() - "/billService".length()) + "/billConsultService" : null;
            }
            case PRODUCTION -> SunatTransmission.PRODUCTION_CONSULT;
            case BETA -> null;
        };
        return address == null ? null : new SunatGateway.Endpoint(URI.create(address), sol.username(), sol.password(), timeout);
    }

    /** Why a company cannot be consulted, in words. */
    static String unavailable(Company company, SolLogin sol) {
        if (sol == null) {
            return "La empresa " + company.getRuc() + " no tiene usuario SOL: no se consultó a SUNAT.";
        }
        return company.getSunatEndpoint() == SunatEndpoint.BETA
                ? "SUNAT beta no tiene servicio de consulta: no se consultó el estado de los comprobantes."
                : "La empresa " + company.getRuc() + " no tiene dirección del servicio de consulta.";
    }

    static SunatAnswer ask(SunatGateway.Endpoint endpoint, String ruc, String type, String series, int number) {
        try {
            SunatGateway.CdrQuery q = SunatGateway.getStatusCdr(endpoint, ruc, type, series, number);
            String code = q.statusCode();
            return switch (code) {
                case "0004" -> q.found() ? fromCdr(q.cdrZip(), code) : new SunatAnswer(Held.FAILED, code, "0004 sin CDR");
                case "0001" -> new SunatAnswer(Held.ACCEPTED, code, q.statusMessage());
                case "0002" -> new SunatAnswer(Held.REJECTED, code, q.statusMessage());
                case "0003" -> new SunatAnswer(Held.VOIDED, code, q.statusMessage());
                case "0011" -> new SunatAnswer(Held.UNKNOWN, code, q.statusMessage());
                default -> new SunatAnswer(Held.FAILED, code, code + " " + q.statusMessage());
            };
        } catch (SunatRefused e) {
            return new SunatAnswer(Held.FAILED, String.format("%04d", Math.max(0, e.code())), e.getMessage());
        } catch (SunatUnreachable e) {
            return new SunatAnswer(Held.FAILED, null, e.getMessage());
        } catch (RuntimeException e) {
            return new SunatAnswer(Held.FAILED, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static SunatAnswer fromCdr(byte[] zip, String code) {
        CdrAnswer cdr = CdrReader.read(zip);
        Held held = switch (cdr.outcome()) {
            case ACCEPTED, OBSERVED -> Held.ACCEPTED;
            case REJECTED -> Held.REJECTED;
            case EXCEPTION -> Held.UNKNOWN;
        };
        return new SunatAnswer(held, String.valueOf(cdr.responseCode()), cdr.description());
    }
}
