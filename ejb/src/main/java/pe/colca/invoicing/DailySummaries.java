package pe.colca.invoicing;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the scheduled RC job ({@link SummaryRuns#JOB}) does, step by step, for its batch artifacts (no
 * user: open to the server). Each call joins the chunk's transaction.
 */
@Local
public interface DailySummaries {

    /** A company in summary mode with boletas or notes of {@code referenceDate} still to inform. */
    record DueDay(int companyId, LocalDate referenceDate) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The company and issue-date pairs with pending boletas or notes, issued in the 7 days up to
     * {@code upTo} (older ones are past SUNAT's window and wait for a person), oldest first.
     */
    List<DueDay> dueDays(LocalDate upTo);

    /** Builds the RC files of one pair (none when nothing is pending any more); how many files. */
    int summarize(DueDay day);
}
