package pe.colca.customer;

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

/**
 * A personal-data request of a customer that Colca answered (V24, Ley 29733): who answered it, when, why,
 * and for an anonymisation whether the document was kept for tax documents. Immutable once written.
 */
@Entity
@Table(name = "customer_privacy_requests")
public class CustomerPrivacyRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_privacy_requests_seq")
    @SequenceGenerator(name = "customer_privacy_requests_seq", sequenceName = "customer_privacy_requests_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false, updatable = false)
    private PrivacyRequestKind kind;

    /** JSON or PDF for an export. */
    @Column(name = "format", length = 10, updatable = false)
    private String format;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "document_kept", updatable = false)
    private Boolean documentKept;

    @Column(name = "requested_by", updatable = false)
    private Long requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    protected CustomerPrivacyRequest() {
    }

    private CustomerPrivacyRequest(long customerId, PrivacyRequestKind kind, String format, String reason,
                                   Boolean documentKept, Long requestedBy) {
        this.customerId = customerId;
        this.kind = kind;
        this.format = format;
        this.reason = reason;
        this.documentKept = documentKept;
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
    }

    public static CustomerPrivacyRequest export(long customerId, String format, Long requestedBy) {
        return new CustomerPrivacyRequest(customerId, PrivacyRequestKind.EXPORT, format, null, null, requestedBy);
    }

    public static CustomerPrivacyRequest anonymisation(long customerId, String reason, boolean documentKept,
                                                       Long requestedBy) {
        return new CustomerPrivacyRequest(customerId, PrivacyRequestKind.ANONYMISATION, null, reason, documentKept,
                requestedBy);
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public PrivacyRequestKind getKind() {
        return kind;
    }

    public String getFormat() {
        return format;
    }

    public String getReason() {
        return reason;
    }

    public Boolean getDocumentKept() {
        return documentKept;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
