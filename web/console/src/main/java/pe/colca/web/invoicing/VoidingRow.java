package pe.colca.web.invoicing;

import java.io.Serializable;
import java.time.Instant;
import pe.colca.invoicing.VoidingService;

/** A voiding as the Bajas screen lists it. */
public record VoidingRow(long id, long documentId, String documentNumber, String documentType, String reason,
                         String status, String ticket, String summaryIdentifier, Instant voidedAt, Instant answeredAt,
                         String message) implements Serializable {

    public static VoidingRow of(VoidingService.VoidingView v) {
        return new VoidingRow(v.voiding().getId(), v.documentId(), v.documentNumber(), v.documentType(),
                v.voiding().getReason(), v.voiding().getStatus().name(), v.voiding().getTicketSunat(),
                v.summaryIdentifier(), v.voiding().getVoidedAt(), v.voiding().getAnsweredAt(), v.voiding().getMessage());
    }

    // Jakarta EL 5 (EE 10) reads JavaBean getters, not record accessors
    public long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getReason() {
        return reason;
    }

    public String getStatus() {
        return status;
    }

    public String getTicket() {
        return ticket;
    }

    public String getSummaryIdentifier() {
        return summaryIdentifier;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getMessage() {
        return message;
    }
}
