package pe.colca.batch.invoicing;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import pe.colca.invoicing.reconcile.ReconciliationWork;
import pe.colca.invoicing.reconcile.ReconciliationWork.ConsultItem;

/**
 * Asks SUNAT about the chunk's documents (outside the transaction: {@link ReconciliationWork#consult} does not
 * join it) and stores what disagrees in the chunk's transaction, with the checkpoint. The step's exit status
 * counts the documents consulted: {@code CONSULTED=<n>}.
 */
@Named
@Dependent
public class ReconciliationConsultWriter extends AbstractItemWriter {

    @EJB
    private ReconciliationWork work;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private int consulted;

    @Override
    public void writeItems(List<Object> items) {
        List<ConsultItem> batch = new ArrayList<>(items.size());
        for (Object item : items) {
            batch.add((ConsultItem) item);
        }
        List<ReconciliationWork.Consulted> answers = work.consult(batch);
        work.record(answers, job.getInstanceId());
        consulted += answers.size();
        step.setExitStatus("CONSULTED=" + consulted);
    }
}
