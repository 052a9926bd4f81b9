package pe.colca.invoicing.internal.gateway;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.RequestWrapper;
import jakarta.xml.ws.ResponseWrapper;

/**
 * SUNAT's billConsultService (docs/sunat.md §6) as a JAX-WS service endpoint interface: only
 * {@code getStatusCdr}, which answers the CDR of a document SUNAT already registered (how a 1033
 * "already registered" is recovered instead of issuing the document again). Same SOAP style as
 * {@link BillServicePort}; bundled WSDL {@code META-INF/wsdl/billConsultService.wsdl}.
 */
@WebService(name = "billConsultService", targetNamespace = BillServicePort.NS)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL,
        parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
public interface BillConsultPort {

    /** The CDR of a factura, boleta or note: status {@code 0004} with the CDR zip when SUNAT has one. */
    @WebMethod(operationName = "getStatusCdr", action = "urn:getStatusCdr")
    @WebResult(name = "statusCdr", targetNamespace = "")
    @RequestWrapper(localName = "getStatusCdr", targetNamespace = BillServicePort.NS)
    @ResponseWrapper(localName = "getStatusCdrResponse", targetNamespace = BillServicePort.NS)
    CdrStatus getStatusCdr(@WebParam(name = "rucComprobante", targetNamespace = "") String ruc,
                           @WebParam(name = "tipoComprobante", targetNamespace = "") String type,
                           @WebParam(name = "serieComprobante", targetNamespace = "") String series,
                           @WebParam(name = "numeroComprobante", targetNamespace = "") int number);
}
