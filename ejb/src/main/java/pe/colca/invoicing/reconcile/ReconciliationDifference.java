package pe.colca.invoicing.reconcile;

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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One finding of a reconciliation run ({@code reconciliation_differences}, V34): a difference, or an
 * exception the rules explain ({@link DifferenceKind#explained()}), naming the document and/or the order or
 * return, Colca's status, SUNAT's, and why in words. Written once per run, kind and subject.
 */
@Entity
@Table(name = "reconciliation_differences")
public class ReconciliationDifference {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_differences_seq")
    @SequenceGenerator(name = "reconciliation_differences_seq", sequenceName = "reconciliation_differences_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 40, nullable = false, updatable = false)
    private DifferenceKind kind;

    @Column(name = "explained", nullable = false, updatable = false)
    private boolean explained;

    @Column(name = "document_id", updatable = false)
    private Long documentId;

    @Column(name = "document_type", length = 2, updatable = false)
    private String documentType;

    @Column(name = "document_number", length = 20, updatable = false)
    private String documentNumber;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "order_number", length = 60, updatable = false)
    private String orderNumber;

    @Column(name = "return_id", updatable = false)
    private Long returnId;

    @Column(name = "return_number", length = 60, updatable = false)
    private String returnNumber;

    @Column(name = "location_id", updatable = false)
    private Integer locationId;

    @Column(name = "amount", precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "colca_status", length = 30, updatable = false)
    private String colcaStatus;

    @Column(name = "sunat_status", length = 30, updatable = false)
    private String sunatStatus;

    @Column(name = "sunat_code", length = 10, updatable = false)
    private String sunatCode;

    @Column(name = "explanation", nullable = false, updatable = false)
    private String explanation;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReconciliationDifference() {
    }

    public ReconciliationDifference(long runId, Finding finding) {
        this.runId = runId;
        this.kind = finding.kind();
        this.explained = finding.kind().explained();
        this.documentId = finding.documentId();
        this.documentType = finding.documentType();
        this.documentNumber = finding.documentNumber();
        this.orderId = finding.orderId();
        this.orderNumber = finding.orderNumber();
        this.returnId = finding.returnId();
        this.returnNumber = finding.returnNumber();
        this.locationId = finding.locationId();
        this.amount = finding.amount();
        this.colcaStatus = finding.colcaStatus();
        this.sunatStatus = finding.sunatStatus();
        this.sunatCode = finding.sunatCode();
        this.explanation = finding.explanation();
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public DifferenceKind getKind() {
        return kind;
    }

    public boolean isExplained() {
        return explained;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Long getReturnId() {
        return returnId;
    }

    public String getReturnNumber() {
        return returnNumber;
    }

    public Integer getLocationId() {
        return locationId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getColcaStatus() {
        return colcaStatus;
    }

    public String getSunatStatus() {
        return sunatStatus;
    }

    public String getSunatCode() {
        return sunatCode;
    }

    public String getExplanation() {
        return explanation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
