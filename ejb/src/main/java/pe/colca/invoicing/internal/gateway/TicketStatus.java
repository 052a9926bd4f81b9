package pe.colca.invoicing.internal.gateway;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code getStatusResponse/status}: {@code statusCode} ({@code 0}, {@code 98}, {@code 99}) and
 * {@code content}, the CDR zip (absent while {@code 98}); both unqualified.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "statusResponse", namespace = BillServicePort.NS, propOrder = {"content", "statusCode"})
public class TicketStatus {

    @XmlElement(name = "content", namespace = "")
    private byte[] content;

    @XmlElement(name = "statusCode", namespace = "")
    private String statusCode;

    public byte[] getContent() {
        return content;
    }

    public String getStatusCode() {
        return statusCode;
    }
}
