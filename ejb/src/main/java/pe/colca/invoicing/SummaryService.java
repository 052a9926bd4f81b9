package pe.colca.invoicing;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The daily summaries (RC) and comunicaciones de baja (RA) sent to SUNAT, and their tickets
 * (Facturación → Resúmenes; {@code /api/v1/invoicing/summaries}). Reading needs
 * {@code sunat.document.view}; building a summary now needs {@code sunat.document.issue} (the scheduled
 * job builds them every night).
 */
@Local
public interface SummaryService {

    /** Filters of the list; null means any. */
    /**
     * Filters; null = any. {@code needsAttention} TRUE keeps the summaries a person still has to follow: EXPIRED
     * (the ticket was lost) while one of its documents has not reached what the file was sent for since — a
     * boleta of an RC line 1/2 accepted (or voided), a document of an RA or RC line 3 voided; FALSE the others.
     */
    record Filter(Integer companyId, SummaryKind kind, SummaryStatus status, LocalDate referenceDate,
                  Boolean needsAttention) {
        public Filter(Integer companyId, SummaryKind kind, SummaryStatus status, LocalDate referenceDate) {
            this(companyId, kind, status, referenceDate, null);
        }
    }

    /** A line of a summary with its document's number, type and current status. */
    record LineView(int lineNumber, long documentId, String documentType, String documentNumber,
                    Integer conditionCode, SummaryLine.Status status, String responseCode, String message,
                    SunatStatus documentStatus) {
    }

    Page<SunatSummary> search(Filter filter, PageRequest page);

    /** @throws pe.colca.common.RecordNotFound */
    SunatSummary get(long id);

    List<LineView> lines(long summaryId);

    /** The signed XML ({@code cdr} false) or SUNAT's CDR zip of a summary, when stored. */
    Optional<byte[]> file(long summaryId, boolean cdr);

    /**
     * Builds the RC files of the company's pending boletas and notes issued on {@code referenceDate}
     * (as many files as the line limit needs) and queues them for sending; none when nothing is pending.
     *
     * @throws pe.colca.common.RuleViolated {@code boletas-by-bill} when the company sends boletas one by one
     */
    List<SunatSummary> summarize(int companyId, LocalDate referenceDate);

    /** Sends what is due and polls the due tickets now (the minute sweep does the same); how many advanced. */
    int sweep();
}
