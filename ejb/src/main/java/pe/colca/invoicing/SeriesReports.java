package pe.colca.invoicing;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Burnt numbers and the series report ({@code sunat.document.view}; Facturación → Números quemados,
 * {@code /api/v1/invoicing/series/{id}/report} and {@code /burnt-numbers}). A number SUNAT rejected
 * (2000–3999) is burnt: never given again (the series only moves forward, {@code SeriesNumbers}), kept with
 * its rejection and linked to the document that replaced it. The report accounts for every number from 1 to
 * the series' current number: issued (with its status), burnt, or an unexplained gap — which must never
 * happen and is counted. Computed in SQL ({@code generate_series}, one page of numbers at a time), so a
 * series of 100,000 numbers reads as fast as a small one. Series of stores outside the caller's scope are
 * 403 {@code out-of-scope}.
 */
@Local
public interface SeriesReports {

    /** How a number of a series is accounted for. */
    enum NumberState { ISSUED, BURNT, GAP }

    /** The numbers a report page lists: all of them, or only the burnt ones or only the gaps. */
    enum Show { ALL, BURNT, GAP }

    /** A series of a company, for pickers. */
    record SeriesOption(int id, long companyId, String ruc, String documentType, String series, int currentNumber)
            implements Serializable {
        public String label() {
            return series + " · " + documentType + " · " + ruc;
        }
    }

    /** The counts of a series: issued (not rejected), burnt (rejected), burnt and replaced, and gaps. */
    record Summary(int sequenceId, long companyId, String ruc, String documentType, String series, int currentNumber,
                   long issued, long burnt, long replaced, long gaps) implements Serializable {
    }

    /**
     * One number of the series: its document (null for a gap), the document's status and date; for a burnt
     * number the rejection (code, message, when) and the replacement document (null until re-issued).
     */
    record NumberRow(int number, NumberState state, Long documentId, String status, LocalDate issueDate,
                     String rejectionCode, String rejectionMessage, Instant rejectedAt, Long replacementId,
                     String replacementNumber) implements Serializable {
        public String numberText(String series) {
            return series + "-" + number;
        }
    }

    /** A page of the report: the summary and the numbers on the page ({@code page.total()} numbers shown in all). */
    record Report(Summary summary, Show show, Page<NumberRow> numbers) {
    }

    /** A burnt number with its rejection and replacement. */
    record BurntNumber(long documentId, long companyId, String ruc, String documentType, String series, int number,
                       LocalDate issueDate, String rejectionCode, String rejectionMessage, Instant rejectedAt,
                       Long replacementId, String replacementNumber, String replacementStatus)
            implements Serializable {
        public String documentNumber() {
            return series + "-" + number;
        }
    }

    /** Filters of the burnt numbers list; null = any. */
    record BurntFilter(Long companyId, String series, LocalDate from, LocalDate to) implements Serializable {
        public static BurntFilter none() {
            return new BurntFilter(null, null, null, null);
        }
    }

    /** The series the caller may see, by company and series. */
    List<SeriesOption> series();

    /**
     * A page of the series report: numbers in order (with {@link Show#ALL} the page's offset is the number
     * before the first shown, so offset 0 starts at number 1).
     *
     * @throws pe.colca.common.RecordNotFound no such series
     * @throws pe.colca.security.OutOfScope    a series of a store outside the caller's scope
     */
    Report report(int sequenceId, Show show, PageRequest page);

    /** The burnt numbers, newest first. */
    Page<BurntNumber> burnt(BurntFilter filter, PageRequest page);
}
