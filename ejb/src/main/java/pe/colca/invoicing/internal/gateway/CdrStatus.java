package pe.colca.invoicing.internal.gateway;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code getStatusCdrResponse/statusCdr}: {@code content} (the CDR zip, when there is one),
 * {@code statusCode} ({@code 0004} "La constancia existe"; {@code 0011} the document does not exist)
 * and {@code statusMessage}; all unqualified.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "statusCdrResponse", namespace = BillServicePort.NS, propOrder = {"content", "statusCode", "statusMessage"})
public class CdrStatus {

    @XmlElement(name = "content", namespace = "")
    private byte[] content;

    @XmlElement(name = "statusCode", namespace = "")
    private String statusCode;

    @XmlElement(name = "statusMessage", namespace = "")
    private String statusMessage;

    public byte[] getContent() {
        return content;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getStatusMessage() {
        return statusMessage;
    }
}
