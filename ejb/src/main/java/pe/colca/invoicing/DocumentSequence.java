package pe.colca.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The correlative counter of one company, document type and series (unique together).
 * {@code currentNumber} is the last number taken. {@link #next()} must be called in the same
 * transaction that stores the document, so a rollback gives the number back and numbers stay gapless;
 * {@code @Version} makes two concurrent issuers conflict instead of taking the same number.
 */
@Entity
@Table(name = "document_sequences")
public class DocumentSequence {

    /** SUNAT correlatives have at most 8 digits. */
    public static final int MAX_NUMBER = 99_999_999;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_sequences_seq")
    @SequenceGenerator(name = "document_sequences_seq", sequenceName = "document_sequences_seq", allocationSize = 50)
    @Column(name = "id")
    private Integer id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private Long companyId;

    /** SUNAT catalog 01 code; see {@link DocumentType}. */
    @Column(name = "document_type", length = 30, nullable = false, updatable = false)
    private String documentType;

    @Column(name = "series", length = 4, nullable = false, updatable = false)
    private String series;

    @Column(name = "current_number", nullable = false)
    private int currentNumber;

    /** The store that issues from this series (V22); {@code null} for a back-office series. */
    @Column(name = "location_id")
    private Integer locationId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected DocumentSequence() {
    }

    public DocumentSequence(Long companyId, DocumentType documentType, String series) {
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.documentType = Objects.requireNonNull(documentType, "documentType").code();
        this.series = ElectronicDocument.validSeries(series);
    }

    /** A series the store {@code locationId} issues from (one per document type and first letter). */
    public DocumentSequence(Long companyId, DocumentType documentType, String series, Integer locationId) {
        this(companyId, documentType, series);
        this.locationId = locationId;
    }

    /** Takes the next correlative number. */
    public int next() {
        if (currentNumber >= MAX_NUMBER) {
            throw new IllegalStateException("series " + series + " is exhausted (" + MAX_NUMBER + ")");
        }
        currentNumber++;
        return currentNumber;
    }

    @PrePersist
    @PreUpdate
    void onWrite() {
        updatedAt = Instant.now();
    }

    public Integer getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getDocumentTypeCode() {
        return documentType;
    }

    public DocumentType getDocumentType() {
        return DocumentType.fromCode(documentType);
    }

    public String getSeries() {
        return series;
    }

    public Integer getLocationId() {
        return locationId;
    }

    public int getCurrentNumber() {
        return currentNumber;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
