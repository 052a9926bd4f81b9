package pe.colca.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of an electronic document's status timeline ({@code electronic_document_events}): the
 * status it reached, SUNAT's code and words when there are any, who did it (null: the system).
 * Written in the transaction that changed the document; never updated.
 */
@Entity
@Table(name = "electronic_document_events")
public class DocumentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "electronic_document_events_seq")
    @SequenceGenerator(name = "electronic_document_events_seq", sequenceName = "electronic_document_events_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false, updatable = false)
    private SunatStatus status;

    @Column(name = "code", length = 10, updatable = false)
    private String code;

    @Column(name = "message", updatable = false)
    private String message;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    protected DocumentEvent() {
    }

    /**
     * @param code    SUNAT's code ({@code 0}, {@code 2017}, {@code 0109}…), null when SUNAT said nothing
     * @param actorId the user who acted, null for the system (sender, sweep, ticket poller)
     */
    public DocumentEvent(long documentId, Instant at, SunatStatus status, String code, String message, Long actorId) {
        this.documentId = documentId;
        this.occurredAt = Objects.requireNonNull(at, "at");
        this.status = Objects.requireNonNull(status, "status");
        if (code != null && code.length() > 10) {
            throw new IllegalArgumentException("a SUNAT code has at most 10 characters: " + code);
        }
        this.code = code;
        this.message = message;
        this.actorId = actorId;
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SunatStatus getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }

    public String getMessage() {
        return message;
    }

    public Long getActorId() {
        return actorId;
    }
}
