package pe.colca.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hibernate.annotations.SQLRestriction;
import pe.colca.common.SoftDeletion;

/**
 * An electronic document sent to SUNAT (factura, boleta, nota de crédito o débito), identified by
 * {@code series-correlative} (unique, never reused). It is issued {@code PENDING}, becomes
 * {@code SENT} when submitted, and SUNAT's answer (the CDR) makes it {@code ACCEPTED},
 * {@code OBSERVED} or {@code REJECTED}; a failed submission is {@code ERROR} and is retried. An
 * accepted document can only be withdrawn by voiding it ({@link VoidedDocument}). The order and
 * company are referenced by id.
 */
@Entity
@Table(name = "electronic_documents")
@SQLRestriction("deleted_at IS NULL")
public class ElectronicDocument {

    private static final Pattern SERIES = Pattern.compile("[A-Z0-9]{4}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final EnumSet<SunatStatus> ANSWERS = EnumSet.of(SunatStatus.ACCEPTED, SunatStatus.OBSERVED,
            SunatStatus.REJECTED);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "electronic_documents_seq")
    @SequenceGenerator(name = "electronic_documents_seq", sequenceName = "electronic_documents_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    /** SUNAT catalog 01 code; see {@link DocumentType}. */
    @Column(name = "document_type", length = 30, nullable = false, updatable = false)
    private String documentType;

    @Column(name = "series", length = 4, nullable = false, updatable = false)
    private String series;

    @Column(name = "correlative_number", nullable = false, updatable = false)
    private int correlativeNumber;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "currency", length = 3, nullable = false)
    private String currency;

    @Column(name = "total_amount", precision = 14, scale = 2, nullable = false)
    private BigDecimal totalAmount;

    @Column(name = "total_igv", precision = 14, scale = 2, nullable = false)
    private BigDecimal totalIgv;

    @Column(name = "total_gravado", precision = 14, scale = 2, nullable = false)
    private BigDecimal totalGravado;

    @Enumerated(EnumType.STRING)
    @Column(name = "sunat_status", length = 30, nullable = false)
    private SunatStatus sunatStatus;

    @Column(name = "sunat_message")
    private String sunatMessage;

    @Column(name = "xml_url", length = 1000)
    private String xmlUrl;

    @Column(name = "pdf_url", length = 1000)
    private String pdfUrl;

    @Column(name = "cdr_url", length = 1000)
    private String cdrUrl;

    @Column(name = "hash_cpe", length = 100)
    private String hashCpe;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Embedded
    private SoftDeletion deletion = new SoftDeletion();

    /** Sends tried so far. */
    @Column(name = "attempts", nullable = false)
    private int attempts;

    /** When the sender may try next (backoff); null means now. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    /** A person must act: attempts exhausted or rejected by SUNAT. */
    @Column(name = "needs_attention", nullable = false)
    private boolean needsAttention;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** The return a credit note is for. */
    @Column(name = "return_id")
    private Long returnId;

    /** The document a credit or debit note modifies. */
    @Column(name = "referenced_document_id")
    private Long referencedDocumentId;

    /** Catalog 09 (credit note) or 10 (debit note). */
    @Column(name = "note_reason_code", length = 2)
    private String noteReasonCode;

    @Column(name = "note_reason")
    private String noteReason;

    /** The rejected document this one re-issues. */
    @Column(name = "replaces_document_id")
    private Long replacesDocumentId;

    protected ElectronicDocument() {
    }

    /**
     * Issues a document with a number taken from its {@link DocumentSequence} in the same transaction.
     */
    public ElectronicDocument(Long companyId, Long orderId, DocumentType documentType, String series,
                              int correlativeNumber, LocalDate issueDate, String currency, BigDecimal totalAmount,
                              BigDecimal totalIgv, BigDecimal totalGravado) {
        if (correlativeNumber < 1 || correlativeNumber > DocumentSequence.MAX_NUMBER) {
            throw new IllegalArgumentException("correlative out of range: " + correlativeNumber);
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.orderId = orderId;
        this.documentType = Objects.requireNonNull(documentType, "documentType").code();
        this.series = validSeries(series);
        this.correlativeNumber = correlativeNumber;
        this.issueDate = Objects.requireNonNull(issueDate, "issueDate");
        this.currency = currency;
        this.totalAmount = amount(totalAmount, "totalAmount");
        this.totalIgv = amount(totalIgv, "totalIgv");
        this.totalGravado = amount(totalGravado, "totalGravado");
        this.sunatStatus = SunatStatus.PENDING;
    }

    /** The document number as printed and as SUNAT knows it, e.g. {@code F001-123}. */
    public String number() {
        return series + "-" + correlativeNumber;
    }

    /** Stores where the signed XML is and its digest value (printed on the PDF and in the QR). */
    public void attachSignedXml(String xmlUrl, String hashCpe) {
        this.xmlUrl = xmlUrl;
        this.hashCpe = hashCpe;
    }

    public void attachPdf(String pdfUrl) {
        this.pdfUrl = pdfUrl;
    }

    /** Submitted to SUNAT (first time or retry). */
    public void markSent() {
        if (sunatStatus != SunatStatus.PENDING && sunatStatus != SunatStatus.ERROR && sunatStatus != SunatStatus.SENT) {
            throw new IllegalStateException("document " + number() + " is " + sunatStatus + " and cannot be sent again");
        }
        this.sunatStatus = SunatStatus.SENT;
    }

    /** SUNAT's answer (from the CDR): accepted, observed or rejected. */
    public void recordSunatAnswer(SunatStatus answer, String message, String cdrUrl) {
        if (!ANSWERS.contains(Objects.requireNonNull(answer, "answer"))) {
            throw new IllegalArgumentException(answer + " is not an answer of SUNAT");
        }
        if (isFinal()) {
            throw new IllegalStateException("document " + number() + " already has SUNAT's answer: " + sunatStatus);
        }
        this.sunatStatus = answer;
        this.sunatMessage = message;
        this.cdrUrl = cdrUrl;
    }

    /** The submission failed (network, SOAP fault); the reconciliation job retries it. */
    public void recordSubmissionError(String message) {
        if (isFinal()) {
            throw new IllegalStateException("document " + number() + " already has SUNAT's answer: " + sunatStatus);
        }
        this.sunatStatus = SunatStatus.ERROR;
        this.sunatMessage = message;
    }

    /** SUNAT accepted the comunicación de baja of this document. */
    public void markVoided() {
        if (sunatStatus != SunatStatus.ACCEPTED && sunatStatus != SunatStatus.OBSERVED) {
            throw new IllegalStateException("only an accepted document can be voided; " + number() + " is " + sunatStatus);
        }
        this.sunatStatus = SunatStatus.VOIDED;
    }

    /** SUNAT has answered for good (accepted, observed, rejected or voided). */
    public boolean isFinal() {
        return ANSWERS.contains(sunatStatus) || sunatStatus == SunatStatus.VOIDED;
    }

    public void markDeleted(Long by, String reason, Instant at) {
        if (deletion == null) {
            deletion = new SoftDeletion();
        }
        deletion.markDeleted(by, reason, at);
    }

    public boolean isDeleted() {
        return deletion != null && deletion.isDeleted();
    }

    static String validSeries(String series) {
        if (series == null || !SERIES.matcher(series).matches()) {
            throw new IllegalArgumentException("a series has 4 upper-case letters or digits: " + series);
        }
        return series;
    }

    private static BigDecimal amount(BigDecimal amount, String what) {
        if (amount == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + amount);
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
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

    public int getCorrelativeNumber() {
        return correlativeNumber;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public BigDecimal getTotalIgv() {
        return totalIgv;
    }

    public BigDecimal getTotalGravado() {
        return totalGravado;
    }

    public SunatStatus getSunatStatus() {
        return sunatStatus;
    }

    public String getSunatMessage() {
        return sunatMessage;
    }

    public String getXmlUrl() {
        return xmlUrl;
    }

    public String getPdfUrl() {
        return pdfUrl;
    }

    public String getCdrUrl() {
        return cdrUrl;
    }

    public String getHashCpe() {
        return hashCpe;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public SoftDeletion getDeletion() {
        return deletion;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public boolean isNeedsAttention() {
        return needsAttention;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getReturnId() {
        return returnId;
    }

    public Long getReferencedDocumentId() {
        return referencedDocumentId;
    }

    public String getNoteReasonCode() {
        return noteReasonCode;
    }

    public String getNoteReason() {
        return noteReason;
    }

    public Long getReplacesDocumentId() {
        return replacesDocumentId;
    }
}
