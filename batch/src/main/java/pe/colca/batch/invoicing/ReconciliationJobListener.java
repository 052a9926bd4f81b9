package pe.colca.batch.invoicing;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pe.colca.invoicing.reconcile.ReconciliationWork;

/**
 * Keeps the runs' status with the job's: a failed or stopped execution leaves its runs FAILED (the report
 * says so), and a restart of it takes them back to RUNNING before it goes on from the checkpoint.
 */
@Named
@Dependent
public class ReconciliationJobListener extends AbstractJobListener {

    @EJB
    private ReconciliationWork work;

    @Inject
    private JobContext job;

    @Override
    public void beforeJob() {
        work.resumed(job.getInstanceId(), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            work.failed(job.getInstanceId(), "La ejecución " + job.getExecutionId() + " del trabajo terminó "
                    + status + (job.getExitStatus() == null ? "" : " (" + job.getExitStatus() + ")")
                    + "; reiníciela para continuar desde el último punto de control.");
        }
    }
}
