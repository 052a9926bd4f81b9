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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One file sent with sendSummary ({@code sunat_summaries}, V33): a resumen diario (RC) or a comunicación
 * de baja (RA) of one company, identified {@code RC|RA-YYYYMMDD-n} (never reused per company and day).
 * Its ticket and next poll time are kept here, so polling survives a restart; the {@code sunat.status}
 * queue only nudges. {@code NEW → SENT → ACCEPTED | REJECTED}; a failed send is {@code ERROR} and is
 * sent again at {@link #getNextPollAt()}.
 */
@Entity
@Table(name = "sunat_summaries")
public class SunatSummary {

    /** Longest wait between two polls of a ticket (or two sends of a file). */
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sunat_summaries_seq")
    @SequenceGenerator(name = "sunat_summaries_seq", sequenceName = "sunat_summaries_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private int companyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 2, nullable = false, updatable = false)
    private SummaryKind kind;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Column(name = "identifier", length = 20, nullable = false, updatable = false)
    private String identifier;

    @Column(name = "reference_date", nullable = false, updatable = false)
    private LocalDate referenceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private SummaryStatus status;

    @Column(name = "ticket", length = 60)
    private String ticket;

    @Column(name = "status_code", length = 4)
    private String statusCode;

    @Column(name = "message")
    private String message;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_poll_at")
    private Instant nextPollAt;

    @Column(name = "line_count", nullable = false, updatable = false)
    private int lineCount;

    @Column(name = "xml_path", length = 1000)
    private String xmlPath;

    @Column(name = "cdr_path", length = 1000)
    private String cdrPath;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SunatSummary() {
    }

    public SunatSummary(int companyId, SummaryKind kind, LocalDate issueDate, int sequenceNumber,
                        LocalDate referenceDate, int lineCount, Long createdBy) {
        this.companyId = companyId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.issueDate = Objects.requireNonNull(issueDate, "issueDate");
        this.sequenceNumber = sequenceNumber;
        this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
        this.identifier = kind + "-" + issueDate.toString().replace("-", "") + "-" + sequenceNumber;
        this.lineCount = lineCount;
        this.createdBy = createdBy;
        this.status = SummaryStatus.NEW;
    }

    /** Whether the sender or the poller has something to do with it now. */
    public boolean isDue(Instant now) {
        return !status.isFinal() && (nextPollAt == null || !nextPollAt.isAfter(now));
    }

    /** The file was stored (signed XML). */
    public void stored(String xmlPath) {
        this.xmlPath = xmlPath;
    }

    /** SUNAT took the file and gave a ticket: poll it from {@code firstPoll}. */
    public void sent(String ticket, Instant at, Instant firstPoll) {
        requireOpen();
        this.ticket = Objects.requireNonNull(ticket, "ticket");
        this.status = SummaryStatus.SENT;
        this.sentAt = at;
        this.attempts = 0;
        this.nextPollAt = firstPoll;
        this.message = null;
    }

    /** The send failed without SUNAT's refusal (no answer, an exception code): try again later. */
    public Instant sendFailed(String why, Instant now) {
        requireOpen();
        this.status = SummaryStatus.ERROR;
        this.message = why;
        this.attempts++;
        this.nextPollAt = now.plus(backoff(attempts));
        return nextPollAt;
    }

    /** getStatus answered 98 (or could not be asked): poll again after a growing wait. */
    public Instant stillProcessing(String why, Instant now) {
        if (status != SummaryStatus.SENT) {
            throw new IllegalStateException("summary " + identifier + " is " + status + ", not SENT");
        }
        this.attempts++;
        this.message = why;
        this.nextPollAt = now.plus(backoff(attempts));
        return nextPollAt;
    }

    /** SUNAT's final answer: 0 accepted, 99 (or a refusal of the file) rejected. */
    public void answered(boolean accepted, String code, String message, String cdrPath, Instant at) {
        requireOpen();
        this.status = accepted ? SummaryStatus.ACCEPTED : SummaryStatus.REJECTED;
        this.statusCode = code;
        this.message = message;
        this.cdrPath = cdrPath;
        this.answeredAt = at;
        this.nextPollAt = null;
    }

    /**
     * The ticket is lost (0127, or in process for too long): polled no more, waiting for a person
     * ({@link SummaryStatus#EXPIRED}, V36).
     */
    public void expired(String code, String why, Instant at) {
        if (status != SummaryStatus.SENT) {
            throw new IllegalStateException("summary " + identifier + " is " + status + ", not SENT");
        }
        this.status = SummaryStatus.EXPIRED;
        this.statusCode = code;
        this.message = why;
        this.answeredAt = at;
        this.nextPollAt = null;
    }

    /** 5 s, 10 s, 20 s … at most {@link #MAX_BACKOFF}. */
    public static Duration backoff(int attempts) {
        long seconds = FIRST_BACKOFF.getSeconds() << Math.min(Math.max(attempts - 1, 0), 16);
        return seconds >= MAX_BACKOFF.getSeconds() ? MAX_BACKOFF : Duration.ofSeconds(seconds);
    }

    private void requireOpen() {
        if (status.isFinal()) {
            throw new IllegalStateException("summary " + identifier + " already has SUNAT's answer: " + status);
        }
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public int getCompanyId() {
        return companyId;
    }

    public SummaryKind getKind() {
        return kind;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public String getIdentifier() {
        return identifier;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public SummaryStatus getStatus() {
        return status;
    }

    public String getTicket() {
        return ticket;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getMessage() {
        return message;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextPollAt() {
        return nextPollAt;
    }

    public int getLineCount() {
        return lineCount;
    }

    public String getXmlPath() {
        return xmlPath;
    }

    public String getCdrPath() {
        return cdrPath;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public long getVersion() {
        return version;
    }
}
