package pe.colca.sunatsim.ws;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code getStatusCdrResponse/statusCdr}: {@code content} (the CDR zip, if any), {@code statusCode}, {@code statusMessage}; unqualified. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "statusCdrResponse", namespace = BillServiceEndpoint.NS, propOrder = {"content", "statusCode", "statusMessage"})
public class StatusCdrResponse {

    @XmlElement(name = "content", namespace = "")
    private byte[] content;

    @XmlElement(name = "statusCode", namespace = "")
    private String statusCode;

    @XmlElement(name = "statusMessage", namespace = "")
    private String statusMessage;

    public StatusCdrResponse() {
    }

    StatusCdrResponse(String statusCode, String statusMessage, byte[] content) {
        this.statusCode = statusCode;
        this.statusMessage = statusMessage;
        this.content = content;
    }

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
