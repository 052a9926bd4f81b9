package pe.colca.invoicing.internal.gateway;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.RequestWrapper;
import jakarta.xml.ws.ResponseWrapper;

/**
 * SUNAT's billService as a JAX-WS service endpoint interface (docs/sunat.md §6): SOAP 1.1
 * document/literal wrapped in the namespace {@code http://service.sunat.gob.pe}, children unqualified.
 * WildFly's JAX-WS runtime (JBossWS/CXF) builds the envelopes and the wrapper beans; the bundled WSDL
 * ({@code META-INF/wsdl/billService.wsdl}) describes the same contract.
 */
@WebService(name = "billService", targetNamespace = BillServicePort.NS)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL,
        parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
public interface BillServicePort {

    String NS = "http://service.sunat.gob.pe";

    /** Sends one document (zip of its signed XML); answers the CDR zip, or a SOAP fault. */
    @WebMethod(operationName = "sendBill", action = "urn:sendBill")
    @WebResult(name = "applicationResponse", targetNamespace = "")
    @RequestWrapper(localName = "sendBill", targetNamespace = NS)
    @ResponseWrapper(localName = "sendBillResponse", targetNamespace = NS)
    byte[] sendBill(@WebParam(name = "fileName", targetNamespace = "") String fileName,
                    @WebParam(name = "contentFile", targetNamespace = "") byte[] contentFile,
                    @WebParam(name = "partyType", targetNamespace = "") String partyType);

    /** Sends a summary (RC) or a voiding (RA); answers a ticket. */
    @WebMethod(operationName = "sendSummary", action = "urn:sendSummary")
    @WebResult(name = "ticket", targetNamespace = "")
    @RequestWrapper(localName = "sendSummary", targetNamespace = NS)
    @ResponseWrapper(localName = "sendSummaryResponse", targetNamespace = NS)
    String sendSummary(@WebParam(name = "fileName", targetNamespace = "") String fileName,
                       @WebParam(name = "contentFile", targetNamespace = "") byte[] contentFile,
                       @WebParam(name = "partyType", targetNamespace = "") String partyType);

    /** Where a ticket stands: 0 done (CDR in content), 98 in process, 99 done with errors. */
    @WebMethod(operationName = "getStatus", action = "urn:getStatus")
    @WebResult(name = "status", targetNamespace = "")
    @RequestWrapper(localName = "getStatus", targetNamespace = NS)
    @ResponseWrapper(localName = "getStatusResponse", targetNamespace = NS)
    TicketStatus getStatus(@WebParam(name = "ticket", targetNamespace = "") String ticket);
}
