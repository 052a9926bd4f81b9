package pe.colca.sunatsim.ws;

import jakarta.annotation.Resource;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.RequestWrapper;
import jakarta.xml.ws.ResponseWrapper;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import pe.colca.sunatsim.BillOffice;
import pe.colca.sunatsim.SunatFault;
import pe.colca.sunatsim.web.SimulatorGuard;

/**
 * SUNAT's billService over SOAP 1.1 document/literal (namespace {@code http://service.sunat.gob.pe}),
 * described by the bundled WSDL and served by WildFly's JAX-WS: the operation is chosen from the body's
 * element, so clients that send {@code SOAPAction: ""} are answered; the response children
 * ({@code applicationResponse}, {@code ticket}, {@code status/content}, {@code status/statusCode}) are
 * unqualified. A {@link SunatFault} becomes a SOAP fault with faultcode {@code Client.<code>} in the SOAP
 * envelope namespace and SUNAT's text as faultstring (HTTP 500).
 */
@WebService(name = "billService", serviceName = "billService", portName = "BillServicePort",
        targetNamespace = BillServiceEndpoint.NS, wsdlLocation = "WEB-INF/wsdl/billService.wsdl")
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL,
        parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
@HandlerChain(file = "handlers.xml")
public class BillServiceEndpoint {

    public static final String NS = "http://service.sunat.gob.pe";
    private static final Logger LOG = Logger.getLogger(BillServiceEndpoint.class.getName());

    @Resource
    private WebServiceContext context;

    @WebMethod(operationName = "sendBill", action = "urn:sendBill")
    @WebResult(name = "applicationResponse", targetNamespace = "")
    @RequestWrapper(localName = "sendBill", targetNamespace = NS, className = "pe.colca.sunatsim.ws.jaxws.SendBill")
    @ResponseWrapper(localName = "sendBillResponse", targetNamespace = NS, className = "pe.colca.sunatsim.ws.jaxws.SendBillResponse")
    public byte[] sendBill(@WebParam(name = "fileName", targetNamespace = "") String fileName,
                           @WebParam(name = "contentFile", targetNamespace = "") byte[] contentFile,
                           @WebParam(name = "partyType", targetNamespace = "") String partyType) {
        try {
            return office().sendBill(username(), password(), fileName, contentFile);
        } catch (SunatFault f) {
            throw fault(fileName, f);
        }
    }

    @WebMethod(operationName = "sendSummary", action = "urn:sendSummary")
    @WebResult(name = "ticket", targetNamespace = "")
    @RequestWrapper(localName = "sendSummary", targetNamespace = NS, className = "pe.colca.sunatsim.ws.jaxws.SendSummary")
    @ResponseWrapper(localName = "sendSummaryResponse", targetNamespace = NS, className = "pe.colca.sunatsim.ws.jaxws.SendSummaryResponse")
    public String sendSummary(@WebParam(name = "fileName", targetNamespace = "") String fileName,
                              @WebParam(name = "contentFile", targetNamespace = "") byte[] contentFile,
                              @WebParam(name = "partyType", targetNamespace = "") String partyType) {
        try {
            return office().sendSummary(username(), password(), fileName, contentFile);
        } catch (SunatFault f) {
            throw fault(fileName, f);
        }
    }

    @WebMethod(operationName = "getStatus", action = "urn:getStatus")
    @WebResult(name = "status", targetNamespace = "")
    @RequestWrapper(localName = "getStatus", targetNamespace = NS, className = "pe.colca.sunatsim.ws.jaxws.GetStatus")
    @ResponseWrapper(localName = "getStatusResponse", targetNamespace = NS, className = "pe.colca.sunatsim.ws.jaxws.GetStatusResponse")
    public StatusResponse getStatus(@WebParam(name = "ticket", targetNamespace = "") String ticket) {
        try {
            BillOffice.Status s = office().getStatus(username(), password(), ticket);
            return new StatusResponse(s.statusCode(), s.content());
        } catch (SunatFault f) {
            throw fault("ticket " + ticket, f);
        }
    }

    private static BillOffice office() {
        return SimulatorGuard.office();
    }

    private String username() {
        return (String) context.getMessageContext().get(UsernameTokenHandler.USERNAME);
    }

    private String password() {
        return (String) context.getMessageContext().get(UsernameTokenHandler.PASSWORD);
    }

    private static SOAPFaultException fault(String what, SunatFault f) {
        LOG.info(() -> "SUNAT simulator: " + what + " answered with fault " + f.faultCode() + " " + f.getMessage());
        try {
            SOAPFault fault = SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createFault(f.getMessage(),
                    new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, f.faultCode(), "soap-env"));
            return new SOAPFaultException(fault);
        } catch (SOAPException e) {
            throw new IllegalStateException(e);
        }
    }
}
