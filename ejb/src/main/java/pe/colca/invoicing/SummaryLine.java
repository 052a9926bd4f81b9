package pe.colca.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One document of a summary ({@code sunat_summary_lines}, V33): in an RC with its condition code
 * (1 add, 2 modify, 3 annul), in an RA without one. A document is at most once in a summary, and never
 * informed twice with the same condition unless the summary that carried it was rejected (a partial
 * unique index: SUNAT's 2282 cannot happen from here).
 */
@Entity
@Table(name = "sunat_summary_lines")
public class SummaryLine {

    /** INCLUDED until SUNAT answers the ticket. */
    public enum Status {
        INCLUDED, ACCEPTED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sunat_summary_lines_seq")
    @SequenceGenerator(name = "sunat_summary_lines_seq", sequenceName = "sunat_summary_lines_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "summary_id", nullable = false, updatable = false)
    private long summaryId;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int lineNumber;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "condition_code", updatable = false)
    private Short conditionCode;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private Status status;

    @Column(name = "response_code", length = 4)
    private String responseCode;

    @Column(name = "message")
    private String message;

    protected SummaryLine() {
    }

    /** @param conditionCode 1, 2 or 3 in an RC; null in an RA */
    public SummaryLine(long summaryId, int lineNumber, long documentId, Integer conditionCode) {
        if (conditionCode != null && (conditionCode < 1 || conditionCode > 3)) {
            throw new IllegalArgumentException("condition code is 1, 2 or 3: " + conditionCode);
        }
        this.summaryId = summaryId;
        this.lineNumber = lineNumber;
        this.documentId = documentId;
        this.conditionCode = conditionCode == null ? null : conditionCode.shortValue();
        this.status = Status.INCLUDED;
    }

    public void accepted() {
        this.status = Status.ACCEPTED;
        this.responseCode = "0";
    }

    /** The summary was rejected; {@code code} and {@code message} are SUNAT's words on this line, if any. */
    public void rejected(String code, String message) {
        this.status = Status.REJECTED;
        this.responseCode = code;
        this.message = message;
    }

    /** SUNAT named this line in its answer of a rejected summary. */
    public boolean isFailed() {
        return status == Status.REJECTED && responseCode != null && !Objects.equals(responseCode, "0");
    }

    public Long getId() {
        return id;
    }

    public long getSummaryId() {
        return summaryId;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public long getDocumentId() {
        return documentId;
    }

    public Integer getConditionCode() {
        return conditionCode == null ? null : conditionCode.intValue();
    }

    public Status getStatus() {
        return status;
    }

    public String getResponseCode() {
        return responseCode;
    }

    public String getMessage() {
        return message;
    }
}
