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

    // ---- the sender (issue 13): SUNAT's answer, retries and the attention flag ----------------------

    /**
     * SUNAT answered with a CDR: accepted, observed (the observations in {@code sunat_message}) or
     * rejected (the number is burnt: {@code needs_attention} until a person re-issues the sale).
     */
    public void recordCdr(SunatStatus answer, String message, String cdrUrl, Instant at) {
        recordSunatAnswer(answer, message, cdrUrl);
        this.answeredAt = Objects.requireNonNull(at, "at");
        this.nextAttemptAt = null;
        if (answer == SunatStatus.REJECTED) {
            this.needsAttention = true;
            this.lastError = message;
        }
    }

    /** SUNAT refused the document for good without a CDR (a rejection as a fault, 1032): burnt, a person re-issues. */
    public void recordRejection(String message, Instant at) {
        recordCdr(SunatStatus.REJECTED, message, null, at);
    }

    /** A failed send worth trying again from {@code nextAttempt} (timeouts, 503, SUNAT's 01xx exceptions). */
    public void retryLater(String error, Instant nextAttempt) {
        recordSubmissionError(error);
        this.lastError = error;
        this.nextAttemptAt = Objects.requireNonNull(nextAttempt, "nextAttempt");
    }

    /**
     * Sending stops until a person acts: the attempts are exhausted, or the document cannot be built or
     * sent as it is (credentials, certificate, content). It stays {@code ERROR}, with the reason.
     */
    public void requireAttention(String error) {
        recordSubmissionError(error);
        this.lastError = error;
        this.nextAttemptAt = null;
        this.needsAttention = true;
    }

    /** Whether the sender has nothing left to do with it (SUNAT answered, or a person must act first). */
    public boolean isSettled() {
        return isFinal() || needsAttention;
    }

    // ---- documents console and API (issue 13) ----------------------------------------------------

    /** Catalog 06 of the buyer (V31), from what the document states; null before it is built. */
    @Column(name = "customer_doc_type", length = 1)
    private String customerDocType;

    @Column(name = "customer_doc_number", length = 20)
    private String customerDocNumber;

    @Column(name = "customer_name", length = 500)
    private String customerName;

    /**
     * Notes who the document is issued to, as the document states it (the sender when it builds the XML,
     * the printed copy when it reads it), so the documents list filters by customer.
     */
    public void describeCustomer(String documentType, String documentNumber, String name) {
        String type = documentType == null ? "" : documentType.strip();
        this.customerDocType = type.matches("[0-9A-Z]") ? type : null;
        this.customerDocNumber = documentNumber == null ? null
                : documentNumber.strip().substring(0, Math.min(20, documentNumber.strip().length()));
        this.customerName = name == null ? null : name.strip().substring(0, Math.min(500, name.strip().length()));
    }

    /**
     * A person sends the document again (Reenviar): back in the sender's queue now, with a fresh count of
     * attempts and off the attention queue; a document that was sent without an answer is retried as
     * {@code ERROR} (the sender recovers a 1033 "already registered" by a status query).
     *
     * @throws IllegalStateException when SUNAT has answered (rejected: re-issue it; accepted: nothing to send)
     */
    public void requeue() {
        if (isFinal()) {
            throw new IllegalStateException("document " + number() + " already has SUNAT's answer: " + sunatStatus);
        }
        if (sunatStatus == SunatStatus.SENT) {
            this.sunatStatus = SunatStatus.ERROR;
        }
        this.needsAttention = false;
        this.nextAttemptAt = null;
        this.attempts = 0;
    }

    /** A person dealt with the document (a rejected one was re-issued): it leaves the attention queue. */
    public void settleAttention() {
        this.needsAttention = false;
    }

    /** This document re-issues {@code rejected} (a new number of the same series, after SUNAT rejected it). */
    public void markReplaces(ElectronicDocument rejected) {
        if (rejected.getSunatStatus() != SunatStatus.REJECTED) {
            throw new IllegalArgumentException("only a rejected document is re-issued; " + rejected.number()
                    + " is " + rejected.getSunatStatus());
        }
        this.replacesDocumentId = rejected.getId();
    }

    public String getCustomerDocType() {
        return customerDocType;
    }

    public String getCustomerDocNumber() {
        return customerDocNumber;
    }

    public String getCustomerName() {
        return customerName;
    }

    // Summaries and voiding (issue 14)

    /** A boleta (or its note) of a daily summary; summaries go by ticket, so the document waits SENT. */
    public boolean isSummarizable() {
        return series.startsWith("B");
    }

    /** Included in a summary that is being sent (RC condition 1 or 2). */
    public void sendInSummary(Instant at) {
        if (sunatStatus != SunatStatus.PENDING && sunatStatus != SunatStatus.ERROR) {
            throw new IllegalStateException("document " + number() + " is " + sunatStatus + " and cannot be summarized");
        }
        this.sunatStatus = SunatStatus.SENT;
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    /** The ticket of the summary that carried it answered 0. */
    public void acceptedInSummary(String message, String cdrUrl, Instant at) {
        recordSunatAnswer(SunatStatus.ACCEPTED, message, cdrUrl);
        this.answeredAt = at;
    }

    /**
     * The summary that carried it was rejected as a whole: SUNAT was not informed, so it goes back to
     * {@code PENDING} for the next summary; {@code failed} when SUNAT named this document (a person must act).
     */
    public void summaryRejected(String error, boolean failed, Instant at) {
        if (sunatStatus != SunatStatus.SENT) {
            throw new IllegalStateException("document " + number() + " is " + sunatStatus + ", not SENT");
        }
        this.sunatStatus = SunatStatus.PENDING;
        this.lastError = error;
        this.answeredAt = at;
        if (failed) {
            this.needsAttention = true;
        }
    }

    /** Voided by an accepted RA or RC line with condition 3. */
    public void voidedBySunat(String message, Instant at) {
        markVoided();
        this.sunatMessage = message;
        this.answeredAt = at;
    }

    /** A person must look at it (a rejected voiding, a line SUNAT refused, a boleta that cannot be summarized). */
    public void flagAttention(String error) {
        this.lastError = error;
        this.needsAttention = true;
    }

    /**
     * Makes this (pending) credit or debit note the note of {@code referenced}: the document it modifies
     * (a factura for an F series, a boleta for a B one), the return it is for (null for other notes), and
     * the reason (catalog 09 for a credit note, 10 for a debit note) with its text.
     */
    public void modifies(ElectronicDocument referenced, Long returnId, String reasonCode, String reason) {
        DocumentType type = getDocumentType();
        if (type != DocumentType.NOTA_CREDITO && type != DocumentType.NOTA_DEBITO) {
            throw new IllegalStateException("only a note modifies another document; " + number() + " is " + type);
        }
        DocumentType modified = Objects.requireNonNull(referenced, "referenced").getDocumentType();
        if (modified != DocumentType.FACTURA && modified != DocumentType.BOLETA) {
            throw new IllegalArgumentException("a note modifies a factura or a boleta, not " + modified);
        }
        if (referenced.getSeries().charAt(0) != series.charAt(0)) {
            throw new IllegalArgumentException("the note " + number() + " cannot modify " + referenced.number()
                    + ": an F note modifies a factura, a B note a boleta");
        }
        if (reasonCode == null || !reasonCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("a note's reason is a two-digit catalog code: " + reasonCode);
        }
        this.referencedDocumentId = referenced.getId();
        this.returnId = returnId;
        this.noteReasonCode = reasonCode;
        this.noteReason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
