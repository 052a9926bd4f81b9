package pe.colca.invoicing;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * SUNAT's deadlines ({@code sunat.document.view}; Facturación → Plazos, {@code /api/v1/invoicing/deadlines},
 * the home page figure). A document that has not reached SUNAT — pending, sent without an answer, in error,
 * or rejected and not re-issued yet — must get there on time: a factura or its note (F series) by the end of
 * the third calendar day after its issue date, a boleta or its note (B series) by the end of the seventh (the
 * resumen diario window); a requested voiding not sent yet (or rejected while its document is not voided) by
 * the end of the seventh day after the voided
 * document's issue date (sunat.md §4). Deadlines are midnight in Lima. A deadline is {@link Urgency#DUE_SOON}
 * within {@code invoicing.deadline.alert_hours} of it and {@link Urgency#OVERDUE} once passed; the alert timer
 * tells the staff holding {@code sunat.document.issue} once per document and threshold. Lists are limited to
 * the caller's stores.
 */
@Local
public interface Deadlines {

    /** Calendar days after the issue date a factura or its note still reaches SUNAT (R.S. 003-2023). */
    int FACTURA_DAYS = 3;
    /** Calendar days after the issue date a boleta or its note still reaches SUNAT (resumen diario). */
    int BOLETA_DAYS = 7;
    /** Calendar days after the issue date a document can still be voided (RA, or RC condition 3). */
    int VOID_DAYS = VoidingService.WINDOW_DAYS;

    /** The last calendar day a document of this series issued on {@code issueDate} may reach SUNAT. */
    static LocalDate lastDay(String series, LocalDate issueDate) {
        return issueDate.plusDays(series != null && series.startsWith("F") ? FACTURA_DAYS : BOLETA_DAYS);
    }

    /** What has to reach SUNAT: the document itself, or its voiding. */
    enum Kind { SEND, VOID }

    /** How close the deadline is. */
    enum Urgency { OVERDUE, DUE_SOON, ON_TIME }

    /** Which items a list shows: the ones at risk (due soon or overdue, the default) or all open ones. */
    enum Show { AT_RISK, OVERDUE, DUE_SOON, ALL }

    /** An open item with its deadline; {@code voidingId} only for {@link Kind#VOID}. */
    record Item(Kind kind, long documentId, Long voidingId, long companyId, String ruc, String documentType,
                String series, int number, String status, LocalDate issueDate, Instant deadline, Urgency urgency,
                long hoursLeft) implements Serializable {
        public String documentNumber() {
            return series + "-" + number;
        }
    }

    /** Filters; null = any (show null = {@link Show#AT_RISK}). */
    record Filter(Show show, Kind kind, Long companyId, DocumentType type, String series)
            implements Serializable {
        public static Filter atRisk() {
            return new Filter(Show.AT_RISK, null, null, null, null);
        }
    }

    /** The figure of the home page: items due soon and overdue, in the caller's stores. */
    record AtRisk(long dueSoon, long overdue) implements Serializable {
        public long total() {
            return dueSoon + overdue;
        }
    }

    /** Open items, the nearest deadline first. */
    Page<Item> search(Filter filter, PageRequest page);

    AtRisk atRisk();
}
