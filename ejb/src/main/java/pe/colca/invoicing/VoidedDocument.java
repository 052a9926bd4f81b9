package pe.colca.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The voiding (comunicación de baja) of one electronic document; at most one per document (the model's
 * key): a voiding SUNAT rejected is requested again on the same row ({@link #requestAgain}). SUNAT
 * answers a baja asynchronously: sending it returns a ticket, polling the ticket gives the result.
 */
@Entity
@Table(name = "voided_documents")
public class VoidedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "voided_documents_seq")
    @SequenceGenerator(name = "voided_documents_seq", sequenceName = "voided_documents_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    @Column(name = "reason", length = 255, nullable = false)
    private String reason;

    @Column(name = "ticket_sunat", length = 60)
    private String ticketSunat;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private VoidStatus status;

    @Column(name = "voided_at", nullable = false)
    private Instant voidedAt;

    // V33: the summary that carries the voiding (RA, or RC with condition 3), who asked, SUNAT's answer
    @Column(name = "summary_id")
    private Long summaryId;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "message")
    private String message;

    protected VoidedDocument() {
    }

    /** SUNAT asks for a reason of at least 3 characters. */
    public VoidedDocument(Long documentId, String reason) {
        if (reason == null || reason.strip().length() < 3) {
            throw new IllegalArgumentException("a voiding reason has at least 3 characters");
        }
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.reason = reason.strip();
        this.status = VoidStatus.PENDING;
        this.voidedAt = Instant.now();
    }

    /** Sent to SUNAT, which answered with a ticket to poll. */
    public void markSent(String ticketSunat) {
        if (status != VoidStatus.PENDING) {
            throw new IllegalStateException("voiding " + id + " is already " + status);
        }
        this.ticketSunat = Objects.requireNonNull(ticketSunat, "ticketSunat");
        this.status = VoidStatus.SENT;
    }

    public void accept() {
        requireSent();
        this.status = VoidStatus.ACCEPTED;
    }

    public void reject() {
        requireSent();
        this.status = VoidStatus.REJECTED;
    }

    private void requireSent() {
        if (status != VoidStatus.SENT) {
            throw new IllegalStateException("voiding " + id + " has not been sent (it is " + status + ")");
        }
    }

    @PrePersist
    void onCreate() {
        if (voidedAt == null) {
            voidedAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getReason() {
        return reason;
    }

    public String getTicketSunat() {
        return ticketSunat;
    }

    public VoidStatus getStatus() {
        return status;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    /** A voiding asked for by a user (V33). */
    public VoidedDocument(Long documentId, String reason, Long requestedBy) {
        this(documentId, reason);
        this.requestedBy = requestedBy;
    }

    /** The summary (RA, or RC line with condition 3) that carries this voiding. */
    public void carriedBy(long summaryId) {
        this.summaryId = summaryId;
    }

    /** The summary was sent: its ticket is the voiding's. */
    public void ticketed(String ticket) {
        if (status == VoidStatus.PENDING) {
            markSent(ticket);
        }
    }

    /** SUNAT's answer of the ticket: accepted (the document is voided) or rejected, with its words. */
    public void answered(boolean accepted, String message, Instant at) {
        if (accepted) {
            accept();
        } else {
            reject();
        }
        this.message = message;
        this.answeredAt = at;
    }

    /**
     * SUNAT rejected this voiding (or lost its ticket): it is requested again, by a new summary (a new RA
     * id, never the old one: 2324). The row starts over PENDING with the new reason and requester; the
     * earlier attempts stay in {@code sunat_summaries}/{@code sunat_summary_lines} and on the timeline.
     */
    public void requestAgain(String newReason, Long by) {
        if (status != VoidStatus.REJECTED) {
            throw new IllegalStateException("voiding " + id + " is " + status + ", only a rejected one is requested again");
        }
        if (newReason == null || newReason.strip().length() < 3) {
            throw new IllegalArgumentException("a voiding reason has at least 3 characters");
        }
        this.reason = newReason.strip();
        this.requestedBy = by;
        this.status = VoidStatus.PENDING;
        this.ticketSunat = null;
        this.message = null;
        this.answeredAt = null;
        this.summaryId = null;
        this.voidedAt = Instant.now();
    }

    public Long getSummaryId() {
        return summaryId;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getMessage() {
        return message;
    }
}
