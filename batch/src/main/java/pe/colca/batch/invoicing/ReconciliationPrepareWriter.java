package pe.colca.batch.invoicing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import pe.colca.invoicing.reconcile.ReconciliationWork;

/**
 * Takes each company's run of the day over and checks its sales against its documents, in the chunk's
 * transaction (one company per chunk: the run's report is cleared and written again at once).
 */
@Named
@Dependent
public class ReconciliationPrepareWriter extends AbstractItemWriter {

    @EJB
    private ReconciliationWork work;

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String day;

    @Override
    public void writeItems(List<Object> items) {
        for (Object company : items) {
            work.prepare((Integer) company, ReconciliationDay.of(day), job.getInstanceId(), job.getExecutionId());
        }
    }
}
