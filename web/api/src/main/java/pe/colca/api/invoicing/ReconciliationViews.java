package pe.colca.api.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.invoicing.reconcile.ReconciliationDifference;
import pe.colca.invoicing.reconcile.ReconciliationRun;
import pe.colca.invoicing.reconcile.ReconciliationService;

/** What {@code /invoicing/reconciliations} answers. */
public final class ReconciliationViews {

    private ReconciliationViews() {
    }

    /** A company's reconciliation of one day, with its figures; the detail adds its findings. */
    @Schema(name = "Reconciliation")
    public record RunView(long id, int companyId, String ruc, String companyName, LocalDate day,
                          @Schema(enumeration = {"QUEUED", "RUNNING", "COMPLETED", "FAILED"}) String status,
                          int ordersChecked, int returnsChecked, int documentsChecked, int documentsConsulted,
                          @Schema(description = "Differences (a person must act)") int differenceCount,
                          @Schema(description = "Exceptions the rules explain") int explainedCount,
                          @Schema(nullable = true) String message, @Schema(nullable = true) Long jobExecutionId,
                          Instant requestedAt, @Schema(nullable = true) Instant startedAt,
                          @Schema(nullable = true) Instant finishedAt,
                          @Schema(nullable = true, description = "Only in the detail: the first page of findings, "
                                  + "differences first.") List<DifferenceView> differences,
                          @Schema(nullable = true, description = "Only in the detail: how many findings in all.")
                          Long differencesTotal) {

        static RunView of(ReconciliationService.RunView v, List<DifferenceView> differences, Long total) {
            ReconciliationRun r = v.run();
            return new RunView(r.getId(), r.getCompanyId(), v.ruc(), v.companyName(), r.getBusinessDay(),
                    r.getStatus().name(), r.getOrdersChecked(), r.getReturnsChecked(), r.getDocumentsChecked(),
                    r.getDocumentsConsulted(), r.getDifferenceCount(), r.getExplainedCount(), r.getMessage(),
                    r.getJobExecutionId(), CompanyView.stored(r.getRequestedAt()), CompanyView.stored(r.getStartedAt()),
                    CompanyView.stored(r.getFinishedAt()), differences, total);
        }
    }

    /** One finding of a run. */
    @Schema(name = "ReconciliationDifference")
    public record DifferenceView(long id,
                                 @Schema(enumeration = {"MISSING_DOCUMENT", "DUPLICATE_DOCUMENT", "PENDING_PAST_DEADLINE",
                                         "REJECTED_NOT_REPLACED", "VOIDED_NOT_REPLACED", "UNKNOWN_TO_SUNAT",
                                         "STATUS_MISMATCH", "CONSULT_FAILED", "VOIDED_REPLACED", "BURNT_REPLACED",
                                         "PENDING_IN_DEADLINE"}) String kind,
                                 @Schema(description = "An exception the rules explain, not a difference") boolean explained,
                                 @Schema(nullable = true) Long documentId, @Schema(nullable = true) String documentType,
                                 @Schema(nullable = true) String documentNumber, @Schema(nullable = true) Long orderId,
                                 @Schema(nullable = true) String orderNumber, @Schema(nullable = true) Long returnId,
                                 @Schema(nullable = true) String returnNumber, @Schema(nullable = true) Integer locationId,
                                 @Schema(nullable = true) BigDecimal amount,
                                 @Schema(nullable = true, description = "The document's status in Colca") String colcaStatus,
                                 @Schema(nullable = true, enumeration = {"ACCEPTED", "REJECTED", "VOIDED", "UNKNOWN", "FAILED"},
                                         description = "What SUNAT's consult service answered") String sunatStatus,
                                 @Schema(nullable = true) String sunatCode, String explanation) {

        static DifferenceView of(ReconciliationDifference d) {
            return new DifferenceView(d.getId(), d.getKind().name(), d.isExplained(), d.getDocumentId(),
                    d.getDocumentType(), d.getDocumentNumber(), d.getOrderId(), d.getOrderNumber(), d.getReturnId(),
                    d.getReturnNumber(), d.getLocationId(), d.getAmount(), d.getColcaStatus(), d.getSunatStatus(),
                    d.getSunatCode(), d.getExplanation());
        }
    }

    /** What {@code POST} started: the job execution and the runs it queued. */
    @Schema(name = "ReconciliationStarted")
    public record StartedView(long jobExecutionId, LocalDate day, List<RunView> runs) {
        static StartedView of(ReconciliationService.Started s) {
            return new StartedView(s.executionId(), s.day(), s.runs().stream().map(r -> RunView.of(r, null, null)).toList());
        }
    }

    /** {@code {"day": "2026-12-03", "companyId": 1}}; without the company, every active one. */
    @Schema(name = "ReconciliationInput")
    public record RunInput(@Schema(required = true, description = "The business day (Lima) to reconcile; not in the future.")
                           LocalDate day, @Schema(nullable = true) Integer companyId) {
    }

    /** A page of runs. */
    @Schema(name = "ReconciliationPage")
    public record RunPage(List<RunView> items, long total, int offset, int limit) {
    }

    /** A page of a run's findings. */
    @Schema(name = "ReconciliationDifferencePage")
    public record DifferencePage(List<DifferenceView> items, long total, int offset, int limit) {
    }
}
