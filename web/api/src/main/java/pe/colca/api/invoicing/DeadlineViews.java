package pe.colca.api.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.common.Page;
import pe.colca.invoicing.Deadlines;
import pe.colca.invoicing.SeriesReports;

/** The bodies of the burnt numbers, series report and deadlines endpoints (issue 14). */
public final class DeadlineViews {

    private DeadlineViews() {
    }

    @Schema(name = "SeriesSummary", description = "Every number from 1 to currentNumber is issued, burnt or a gap"
            + " (gaps must be 0).")
    public record SeriesSummaryView(int seriesId, long companyId, String ruc, String documentType, String series,
                                    int currentNumber, long issued, long burnt, long replaced, long gaps) {
        static SeriesSummaryView of(SeriesReports.Summary s) {
            return new SeriesSummaryView(s.sequenceId(), s.companyId(), s.ruc(), s.documentType(), s.series(),
                    s.currentNumber(), s.issued(), s.burnt(), s.replaced(), s.gaps());
        }
    }

    @Schema(name = "SeriesNumber", description = "One number of a series and how it is accounted for.")
    public record SeriesNumberView(int number, String documentNumber,
                                   @Schema(enumeration = {"ISSUED", "BURNT", "GAP"}) String state,
                                   @Schema(nullable = true) Long documentId, @Schema(nullable = true) String status,
                                   @Schema(nullable = true) LocalDate issueDate,
                                   @Schema(nullable = true) String rejectionCode,
                                   @Schema(nullable = true) String rejectionMessage,
                                   @Schema(nullable = true) Instant rejectedAt,
                                   @Schema(nullable = true) Long replacementId,
                                   @Schema(nullable = true) String replacementNumber) {
        static SeriesNumberView of(String series, SeriesReports.NumberRow r) {
            return new SeriesNumberView(r.number(), series + "-" + r.number(), r.state().name(), r.documentId(),
                    r.status(), r.issueDate(), r.rejectionCode(), r.rejectionMessage(), r.rejectedAt(),
                    r.replacementId(), r.replacementNumber());
        }
    }

    @Schema(name = "SeriesReport", description = "The counts of a series and one page of its numbers (with show=ALL,"
            + " offset 0 starts at number 1 and total is the series' current number).")
    public record SeriesReportView(SeriesSummaryView summary, @Schema(enumeration = {"ALL", "BURNT", "GAP"}) String show,
                                   List<SeriesNumberView> items, long total, int offset, int limit) {
        static SeriesReportView of(SeriesReports.Report r) {
            Page<SeriesReports.NumberRow> p = r.numbers();
            return new SeriesReportView(SeriesSummaryView.of(r.summary()), r.show().name(),
                    p.items().stream().map(n -> SeriesNumberView.of(r.summary().series(), n)).toList(),
                    p.total(), p.offset(), p.limit());
        }
    }

    @Schema(name = "BurntNumber", description = "A number SUNAT rejected: never reused, linked to its replacement.")
    public record BurntNumberView(long documentId, long companyId, String ruc, String documentType, String documentNumber,
                                  LocalDate issueDate, @Schema(nullable = true) String rejectionCode,
                                  @Schema(nullable = true) String rejectionMessage,
                                  @Schema(nullable = true) Instant rejectedAt,
                                  @Schema(nullable = true) Long replacementId,
                                  @Schema(nullable = true) String replacementNumber,
                                  @Schema(nullable = true) String replacementStatus) {
        static BurntNumberView of(SeriesReports.BurntNumber b) {
            return new BurntNumberView(b.documentId(), b.companyId(), b.ruc(), b.documentType(), b.documentNumber(),
                    b.issueDate(), b.rejectionCode(), b.rejectionMessage(), b.rejectedAt(), b.replacementId(),
                    b.replacementNumber(), b.replacementStatus());
        }
    }

    @Schema(name = "BurntNumberPage", description = "One page of burnt numbers; the Link header has next/prev/first/last.")
    public record BurntNumberPage(List<BurntNumberView> items, long total, int offset, int limit) {
    }

    @Schema(name = "Deadline", description = "A document (kind SEND) or a requested voiding (kind VOID) that has not"
            + " reached SUNAT, with its deadline (midnight in Lima after the last allowed day).")
    public record DeadlineView(@Schema(enumeration = {"SEND", "VOID"}) String kind, long documentId,
                               @Schema(nullable = true) Long voidingId, long companyId, String ruc, String documentType,
                               String documentNumber, String status, LocalDate issueDate, Instant deadline,
                               @Schema(enumeration = {"OVERDUE", "DUE_SOON", "ON_TIME"}) String urgency,
                               @Schema(description = "Whole hours left; negative once overdue.") long hoursLeft) {
        static DeadlineView of(Deadlines.Item i) {
            return new DeadlineView(i.kind().name(), i.documentId(), i.voidingId(), i.companyId(), i.ruc(),
                    i.documentType(), i.documentNumber(), i.status(), i.issueDate(), i.deadline(), i.urgency().name(),
                    i.hoursLeft());
        }
    }

    @Schema(name = "DeadlinePage", description = "One page of deadlines, the nearest first; the Link header has"
            + " next/prev/first/last.")
    public record DeadlinePage(List<DeadlineView> items, long total, int offset, int limit) {
    }
}
