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
import pe.colca.sunatsim.SunatCodes;
import pe.colca.sunatsim.SunatFault;
import pe.colca.sunatsim.web.SimulatorGuard;

/**
 * SUNAT's billConsultService (production only at SUNAT; docs/sunat.md §6) at
 * {@code /sunat-sim/billConsultService}: {@code getStatusCdr(rucComprobante, tipoComprobante,
 * serieComprobante, numeroComprobante)} → {@code statusCdr/{content, statusCode, statusMessage}}, unqualified
 * children, the same WS-Security and fault shape as {@link BillServiceEndpoint}. It answers from the
 * documents the simulator's billService received, so a sender that heard 1033 gets the CDR it missed.
 */
@WebService(name = "billConsultService", serviceName = "billConsultService", portName = "BillConsultServicePort",
        targetNamespace = BillServiceEndpoint.NS, wsdlLocation = "WEB-INF/wsdl/billConsultService.wsdl")
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL,
        parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
@HandlerChain(file = "handlers.xml")
public class BillConsultServiceEndpoint {

    private static final Logger LOG = Logger.getLogger(BillConsultServiceEndpoint.class.getName());

    @Resource
    private WebServiceContext context;

    @WebMethod(operationName = "getStatusCdr", action = "urn:getStatusCdr")
    @WebResult(name = "statusCdr", targetNamespace = "")
    @RequestWrapper(localName = "getStatusCdr", targetNamespace = BillServiceEndpoint.NS,
            className = "pe.colca.sunatsim.ws.jaxws.GetStatusCdr")
    @ResponseWrapper(localName = "getStatusCdrResponse", targetNamespace = BillServiceEndpoint.NS,
            className = "pe.colca.sunatsim.ws.jaxws.GetStatusCdrResponse")
    public StatusCdrResponse getStatusCdr(@WebParam(name = "rucComprobante", targetNamespace = "") String ruc,
                                          @WebParam(name = "tipoComprobante", targetNamespace = "") String type,
                                          @WebParam(name = "serieComprobante", targetNamespace = "") String series,
                                          @WebParam(name = "numeroComprobante", targetNamespace = "") int number) {
        try {
            BillOffice.Status s = SimulatorGuard.office().getStatusCdr(
                    (String) context.getMessageContext().get(UsernameTokenHandler.USERNAME),
                    (String) context.getMessageContext().get(UsernameTokenHandler.PASSWORD), ruc, type, series, number);
            return new StatusCdrResponse(s.statusCode(), SunatCodes.message(s.statusCode()), s.content());
        } catch (SunatFault f) {
            LOG.info(() -> "SUNAT simulator: getStatusCdr " + series + "-" + number + " answered with fault "
                    + f.faultCode() + " " + f.getMessage());
            try {
                SOAPFault fault = SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createFault(f.getMessage(),
                        new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, f.faultCode(), "soap-env"));
                throw new SOAPFaultException(fault);
            } catch (SOAPException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
