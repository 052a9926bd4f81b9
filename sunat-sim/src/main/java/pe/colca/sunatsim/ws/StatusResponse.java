package pe.colca.sunatsim.ws;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code getStatusResponse/status}: {@code content} (base64 CDR zip, absent while 98) and {@code statusCode}, unqualified. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "statusResponse", namespace = BillServiceEndpoint.NS, propOrder = {"content", "statusCode"})
public class StatusResponse {

    @XmlElement(name = "content", namespace = "")
    private byte[] content;

    @XmlElement(name = "statusCode", namespace = "")
    private String statusCode;

    public StatusResponse() {
    }

    StatusResponse(String statusCode, byte[] content) {
        this.statusCode = statusCode;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }

    public String getStatusCode() {
        return statusCode;
    }
}
