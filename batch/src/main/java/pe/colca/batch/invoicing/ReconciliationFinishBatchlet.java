package pe.colca.batch.invoicing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pe.colca.invoicing.reconcile.ReconciliationWork;

/** Completes the runs of the job instance and notifies the ones with differences; exit status {@code DIFFERENCES=<n>}. */
@Named
@Dependent
public class ReconciliationFinishBatchlet extends AbstractBatchlet {

    @EJB
    private ReconciliationWork work;

    @Inject
    private JobContext job;

    @Override
    public String process() {
        return "DIFFERENCES=" + work.finish(job.getInstanceId());
    }
}
