package pe.colca.invoicing.reconcile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The reconciliation of one company and business day ({@code reconciliation_runs}, V34): at most one per
 * company and day, so running a day again replaces its report. The Jakarta Batch job instance that owns it
 * ({@link #getJobInstanceId()}) is the only one whose findings count: a newer start of the same day takes it
 * over ({@link #claim}). {@code QUEUED → RUNNING → COMPLETED | FAILED}; a restarted job resumes it.
 */
@Entity
@Table(name = "reconciliation_runs")
public class ReconciliationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_runs_seq")
    @SequenceGenerator(name = "reconciliation_runs_seq", sequenceName = "reconciliation_runs_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private int companyId;

    @Column(name = "business_day", nullable = false, updatable = false)
    private LocalDate businessDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private RunStatus status;

    @Column(name = "job_instance_id")
    private Long jobInstanceId;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "orders_checked", nullable = false)
    private int ordersChecked;

    @Column(name = "returns_checked", nullable = false)
    private int returnsChecked;

    @Column(name = "documents_checked", nullable = false)
    private int documentsChecked;

    @Column(name = "documents_consulted", nullable = false)
    private int documentsConsulted;

    @Column(name = "difference_count", nullable = false)
    private int differenceCount;

    @Column(name = "explained_count", nullable = false)
    private int explainedCount;

    @Column(name = "message")
    private String message;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReconciliationRun() {
    }

    public ReconciliationRun(int companyId, LocalDate businessDay) {
        this.companyId = companyId;
        this.businessDay = Objects.requireNonNull(businessDay, "businessDay");
        this.status = RunStatus.QUEUED;
        this.requestedAt = Instant.now();
    }

    /** Asked for again (on demand or by the schedule): the report is cleared and waits for the job. */
    public void queue(Long by, Instant at) {
        status = RunStatus.QUEUED;
        requestedBy = by;
        requestedAt = at;
        startedAt = null;
        finishedAt = null;
        message = null;
        resetCounts();
    }

    /** The job instance {@code instanceId} takes the run over and starts it from nothing. */
    public void claim(long instanceId, long executionId, Instant at) {
        jobInstanceId = instanceId;
        jobExecutionId = executionId;
        status = RunStatus.RUNNING;
        startedAt = at;
        finishedAt = null;
        message = null;
        resetCounts();
    }

    /** Whether the findings of {@code instanceId} count for this run. */
    public boolean ownedBy(long instanceId) {
        return jobInstanceId != null && jobInstanceId == instanceId;
    }

    public void checkedSales(int orders, int returns, int documents) {
        ordersChecked = orders;
        returnsChecked = returns;
        documentsChecked = documents;
    }

    public void consulted(int documents) {
        documentsConsulted += documents;
    }

    public void note(String text) {
        message = text;
    }

    /** The job of the run stopped on a failure; a restart resumes it. */
    public void fail(String why, Instant at) {
        status = RunStatus.FAILED;
        message = why;
        finishedAt = at;
    }

    /** A restart of the owning job execution goes on with the run. */
    public void resume(long executionId) {
        status = RunStatus.RUNNING;
        jobExecutionId = executionId;
        finishedAt = null;
    }

    public void complete(int differences, int explained, Instant at) {
        differenceCount = differences;
        explainedCount = explained;
        status = RunStatus.COMPLETED;
        finishedAt = at;
    }

    private void resetCounts() {
        ordersChecked = 0;
        returnsChecked = 0;
        documentsChecked = 0;
        documentsConsulted = 0;
        differenceCount = 0;
        explainedCount = 0;
    }

    public Long getId() {
        return id;
    }

    public int getCompanyId() {
        return companyId;
    }

    public LocalDate getBusinessDay() {
        return businessDay;
    }

    public RunStatus getStatus() {
        return status;
    }

    public Long getJobInstanceId() {
        return jobInstanceId;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public int getOrdersChecked() {
        return ordersChecked;
    }

    public int getReturnsChecked() {
        return returnsChecked;
    }

    public int getDocumentsChecked() {
        return documentsChecked;
    }

    public int getDocumentsConsulted() {
        return documentsConsulted;
    }

    public int getDifferenceCount() {
        return differenceCount;
    }

    public int getExplainedCount() {
        return explainedCount;
    }

    public String getMessage() {
        return message;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getVersion() {
        return version;
    }
}
