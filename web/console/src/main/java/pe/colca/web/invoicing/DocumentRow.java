package pe.colca.web.invoicing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import pe.colca.invoicing.ElectronicDocument;

/** An electronic document as the documents screens list it (JavaBean getters for EL). */
public final class DocumentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String typeCode;
    private final String number;
    private final Long orderId;
    private final LocalDate issueDate;
    private final BigDecimal total;
    private final String status;
    private final String sunatMessage;
    private final String lastError;
    private final boolean needsAttention;
    private final int attempts;
    private final String customerDocNumber;
    private final String customerName;
    private final boolean answered;
    private final boolean signed;

    private DocumentRow(ElectronicDocument d) {
        this.id = d.getId();
        this.typeCode = d.getDocumentTypeCode();
        this.number = d.number();
        this.orderId = d.getOrderId();
        this.issueDate = d.getIssueDate();
        this.total = d.getTotalAmount();
        this.status = d.getSunatStatus().name();
        this.sunatMessage = d.getSunatMessage();
        this.lastError = d.getLastError();
        this.needsAttention = d.isNeedsAttention();
        this.attempts = d.getAttempts();
        this.customerDocNumber = d.getCustomerDocNumber();
        this.customerName = d.getCustomerName();
        this.answered = d.isFinal();
        this.signed = d.getHashCpe() != null;
    }

    public static DocumentRow of(ElectronicDocument d) {
        return new DocumentRow(d);
    }

    public long getId() {
        return id;
    }

    /** Catalog 01, e.g. {@code 03}. */
    public String getTypeCode() {
        return typeCode;
    }

    public String getNumber() {
        return number;
    }

    public Long getOrderId() {
        return orderId;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getStatus() {
        return status;
    }

    public String getSunatMessage() {
        return sunatMessage;
    }

    public String getLastError() {
        return lastError;
    }

    public boolean isNeedsAttention() {
        return needsAttention;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getCustomerDocNumber() {
        return customerDocNumber;
    }

    public String getCustomerName() {
        return customerName;
    }

    /** Whether the document can be sent again (SUNAT has not answered). */
    public boolean isResendable() {
        return !answered;
    }

    /** Whether the signed XML exists, so the printed copy can be made. */
    public boolean isSigned() {
        return signed;
    }

    /** Whether the document can be voided (SUNAT accepted it; the voiding service checks the window). */
    public boolean isVoidable() {
        return "ACCEPTED".equals(status) || "OBSERVED".equals(status);
    }

    /** Whether the document can be re-issued (SUNAT rejected it). */
    public boolean isReissuable() {
        return "REJECTED".equals(status);
    }
}
