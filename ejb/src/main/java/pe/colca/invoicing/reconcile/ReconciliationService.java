package pe.colca.invoicing.reconcile;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The nightly reconciliation's report (Facturación → Conciliación; {@code /api/v1/invoicing/reconciliations}):
 * the runs per company and day, their differences and explained exceptions, the CSV of a run, and a run of a
 * day on demand. Reading needs {@code sunat.reconciliation.view}; running {@code sunat.reconciliation.run}.
 */
@Local
public interface ReconciliationService {

    /** The Jakarta Batch job (batch-jobs/invoicing-reconciliation.xml). */
    String JOB = "invoicing-reconciliation";

    /** Filters of the list; null means any. {@code withDifferences} true: only runs that found some. */
    record Filter(Integer companyId, LocalDate day, Boolean withDifferences, RunStatus status) {
    }

    /** A run with its company's RUC and name, as lists show it. */
    record RunView(ReconciliationRun run, String ruc, String companyName) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What {@link #runNow} started: the job execution and the runs it took over (queued). */
    record Started(long executionId, LocalDate day, List<RunView> runs) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Newest day first, then by company. */
    Page<RunView> search(Filter filter, PageRequest page);

    /** @throws pe.colca.common.RecordNotFound */
    RunView get(long runId);

    /**
     * A page of the run's findings: differences first, then explained exceptions, each in the order found.
     * {@code explained} null: both; false: differences only; true: exceptions only.
     */
    Page<ReconciliationDifference> differences(long runId, Boolean explained, PageRequest page);

    /** Every finding of the run as CSV (UTF-8, header line, comma-separated, quoted where needed). */
    String csv(long runId);

    /**
     * Reconciles {@code day} now for one company (or every active company when null): the runs are queued at
     * once (their earlier report cleared) and the job does the rest in the background.
     *
     * @throws pe.colca.common.RuleViolated {@code reconciliation-day-future} for a day after today in Lima
     * @throws pe.colca.common.RecordNotFound for an unknown company
     */
    Started runNow(LocalDate day, Integer companyId);
}
