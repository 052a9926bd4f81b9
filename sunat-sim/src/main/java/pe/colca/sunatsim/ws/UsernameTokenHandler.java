package pe.colca.sunatsim.ws;

import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPEnvelope;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the WS-Security UsernameToken (Username and PasswordText, as SUNAT's clients send it: no nonce,
 * no timestamp) into the message context for the endpoint, which lets {@link pe.colca.sunatsim.SolUsers}
 * judge it in SUNAT's order. Declares that it understands {@code wsse:Security}, so a client that marks
 * the header {@code mustUnderstand="1"} is not refused by the SOAP stack.
 */
public class UsernameTokenHandler implements SOAPHandler<SOAPMessageContext> {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String USERNAME = "pe.colca.sunatsim.username";
    static final String PASSWORD = "pe.colca.sunatsim.password";
    private static final String SUNAT_PREFIX = "soap-env";

    @Override
    public Set<QName> getHeaders() {
        return Set.of(new QName(WSSE, "Security"));
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            return true;
        }
        String username = null;
        String password = null;
        try {
            SOAPHeader header = context.getMessage().getSOAPHeader();
            Element token = header == null ? null : find(header, "UsernameToken");
            if (token != null) {
                Element u = find(token, "Username");
                Element p = find(token, "Password");
                username = u == null ? null : u.getTextContent().strip();
                password = p == null ? null : p.getTextContent();
            }
        } catch (SOAPException e) {
            // no readable header: the endpoint answers 0101
        }
        context.put(USERNAME, username);
        context.setScope(USERNAME, MessageContext.Scope.APPLICATION);
        context.put(PASSWORD, password);
        context.setScope(PASSWORD, MessageContext.Scope.APPLICATION);
        return true;
    }

    /** The first descendant in the WS-Security namespace with this local name. */
    private static Element find(Node parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (local.equals(e.getLocalName()) && WSSE.equals(e.getNamespaceURI())) {
                    return e;
                }
                Element deeper = find(e, local);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    /**
     * Writes the fault as SUNAT does: the envelope, body and fault under the prefix {@code soap-env} and the
     * faultcode {@code soap-env:Client.NNNN} (the SOAP stack would write its own prefix, {@code soap}).
     */
    @Override
    public boolean handleFault(SOAPMessageContext context) {
        try {
            SOAPMessage message = context.getMessage();
            SOAPFault fault = message.getSOAPBody() == null ? null : message.getSOAPBody().getFault();
            if (fault == null) {
                return true;
            }
            QName code = fault.getFaultCodeAsQName();
            SOAPEnvelope envelope = message.getSOAPPart().getEnvelope();
            if (!SUNAT_PREFIX.equals(envelope.getPrefix())) {
                envelope.addNamespaceDeclaration(SUNAT_PREFIX, SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE);
                envelope.setPrefix(SUNAT_PREFIX);
                if (message.getSOAPHeader() != null) {
                    message.getSOAPHeader().setPrefix(SUNAT_PREFIX);
                }
                message.getSOAPBody().setPrefix(SUNAT_PREFIX);
                fault.setPrefix(SUNAT_PREFIX);
            }
            if (SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE.equals(code.getNamespaceURI())) {
                fault.setFaultCode(new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, code.getLocalPart(), SUNAT_PREFIX));
            }
            message.saveChanges();
        } catch (SOAPException | RuntimeException e) {
            // the stack's own writing of the fault stays: same code, another prefix
        }
        return true;
    }

    @Override
    public void close(MessageContext context) {
    }
}
