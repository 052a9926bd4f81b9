package pe.colca.invoicing.internal.gateway;

import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.Handler;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;

/**
 * The client of SUNAT's billService (or of the project's simulator, same contract): JAX-WS ports from
 * the bundled WSDL, pointed at the company's endpoint, with the WS-Security UsernameToken and timeouts.
 * Faults become {@link SunatRefused} with SUNAT's numeric code; no answer becomes
 * {@link SunatUnreachable}. One {@link Service} per JVM (parsing the WSDL is the expensive part); a
 * port per call, so concurrent senders never share request contexts.
 */
public final class SunatGateway {

    /** Where and as whom to call: the username is the RUC followed by the SOL user. */
    public record Endpoint(URI address, String username, String password, Duration timeout) {
        public Endpoint {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(timeout, "timeout");
        }
    }

    /** A ticket's state: 0 done (CDR), 98 in process, 99 done with errors (CDR holds them). */
    public record TicketAnswer(String statusCode, byte[] cdrZip) {
        public boolean inProcess() {
            return "98".equals(statusCode);
        }
    }

    /** What getStatusCdr answered: {@code 0004} with the CDR zip when SUNAT has the document. */
    public record CdrQuery(String statusCode, String statusMessage, byte[] cdrZip) {
        /** SUNAT holds a CDR for the document ({@code 0004} "La constancia existe"). */
        public boolean found() {
            return cdrZip != null && cdrZip.length > 0;
        }
    }

    private static final QName SERVICE = new QName(BillServicePort.NS, "billService");
    private static final QName CONSULT_SERVICE = new QName(BillServicePort.NS, "billConsultService");
    private static final QName CONSULT_PORT = new QName(BillServicePort.NS, "BillConsultServicePort");
    private static final QName PORT = new QName(BillServicePort.NS, "BillServicePort");
    private static final Pattern FAULT_DIGITS = Pattern.compile("(?:Client|Server)\\.(\\d+)");
    private static final Pattern ONLY_DIGITS = Pattern.compile("\\s*(\\d{1,4})\\s*");

    private SunatGateway() {
    }

    public static byte[] sendBill(Endpoint endpoint, String zipName, byte[] zip) throws SunatRefused, SunatUnreachable {
        return call(endpoint, port -> port.sendBill(zipName, zip, null));
    }

    public static String sendSummary(Endpoint endpoint, String zipName, byte[] zip) throws SunatRefused, SunatUnreachable {
        return call(endpoint, port -> port.sendSummary(zipName, zip, null));
    }

    public static TicketAnswer getStatus(Endpoint endpoint, String ticket) throws SunatRefused, SunatUnreachable {
        TicketStatus status = call(endpoint, port -> port.getStatus(ticket));
        if (status == null || status.getStatusCode() == null) {
            throw new SunatUnreachable("getStatus of ticket " + ticket + " answered without a status code", null);
        }
        return new TicketAnswer(status.getStatusCode().strip(), status.getContent());
    }

    /**
     * billConsultService's getStatusCdr: the CDR of a document SUNAT registered (docs/sunat.md §6), how
     * a 1033 "already registered" is recovered. {@code endpoint} is the consult service's address.
     */
    public static CdrQuery getStatusCdr(Endpoint endpoint, String ruc, String typeCode, String series, int number)
            throws SunatRefused, SunatUnreachable {
        CdrStatus status = invoke(endpoint, () -> consultPort(endpoint).getStatusCdr(ruc, typeCode, series, number));
        if (status == null || status.getStatusCode() == null) {
            throw new SunatUnreachable("getStatusCdr of " + series + "-" + number + " answered without a status code", null);
        }
        return new CdrQuery(status.getStatusCode().strip(), status.getStatusMessage(), status.getContent());
    }

    /**
     * SUNAT's numeric code of a fault: the digits after {@code Client.}/{@code Server.} in the
     * faultcode, else a faultstring made of digits only, else {@code -1}.
     */
    static int code(String faultCode, String faultString) {
        if (faultCode != null) {
            Matcher m = FAULT_DIGITS.matcher(faultCode);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        if (faultString != null) {
            Matcher m = ONLY_DIGITS.matcher(faultString);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }

    private interface Call<T> {
        T on(BillServicePort port);
    }

    private static <T> T call(Endpoint endpoint, Call<T> call) throws SunatRefused, SunatUnreachable {
        BillServicePort port = port(endpoint);
        return invoke(endpoint, () -> call.on(port));
    }

    private static <T> T invoke(Endpoint endpoint, java.util.function.Supplier<T> call)
            throws SunatRefused, SunatUnreachable {
        try {
            return call.get();
        } catch (SOAPFaultException e) {
            SOAPFault fault = e.getFault();
            String faultCode = fault.getFaultCode();
            String faultString = fault.getFaultString();
            throw new SunatRefused(code(faultCode, faultString), faultString == null ? faultCode : faultString);
        } catch (WebServiceException e) {
            throw new SunatUnreachable("no answer from " + endpoint.address() + ": " + rootMessage(e), e);
        }
    }

    private static BillServicePort port(Endpoint endpoint) {
        BillServicePort port = Holder.SERVICE_INSTANCE.getPort(PORT, BillServicePort.class);
        configure((BindingProvider) port, endpoint);
        return port;
    }

    private static BillConsultPort consultPort(Endpoint endpoint) {
        BillConsultPort port = ConsultHolder.SERVICE_INSTANCE.getPort(CONSULT_PORT, BillConsultPort.class);
        configure((BindingProvider) port, endpoint);
        return port;
    }

    @SuppressWarnings("rawtypes")
    private static void configure(BindingProvider binding, Endpoint endpoint) {
        Map<String, Object> request = binding.getRequestContext();
        request.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.address().toString());
        long millis = endpoint.timeout().toMillis();
        // JBossWS/CXF reads the first two; the last two are the names of the JAX-WS reference implementation
        request.put("jakarta.xml.ws.client.connectionTimeout", millis);
        request.put("jakarta.xml.ws.client.receiveTimeout", millis);
        request.put("javax.xml.ws.client.connectionTimeout", millis);
        request.put("javax.xml.ws.client.receiveTimeout", millis);
        List<Handler> chain = List.of(new UsernameTokenHeader(endpoint.username(), endpoint.password()));
        binding.getBinding().setHandlerChain(chain);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
    }

    /** The billConsultService {@link Service}, created on first use from its bundled WSDL. */
    private static final class ConsultHolder {
        static final Service SERVICE_INSTANCE = Service.create(
                Objects.requireNonNull(SunatGateway.class.getResource("/META-INF/wsdl/billConsultService.wsdl"),
                        "META-INF/wsdl/billConsultService.wsdl is missing from the EJB jar"), CONSULT_SERVICE);
    }

    /** The one {@link Service}, created on first use from the bundled WSDL. */
    private static final class Holder {
        static final Service SERVICE_INSTANCE = Service.create(wsdl(), SERVICE);

        private static URL wsdl() {
            URL url = SunatGateway.class.getResource("/META-INF/wsdl/billService.wsdl");
            if (url == null) {
                throw new IllegalStateException("META-INF/wsdl/billService.wsdl is missing from the EJB jar");
            }
            return url;
        }
    }
}
