package pe.colca.batch.invoicing;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import pe.colca.invoicing.DailySummaries;
import pe.colca.invoicing.DailySummaries.DueDay;

/**
 * Builds the RC files of each pair of the chunk in the chunk's transaction (the summaries, their lines
 * and the documents' SENT state commit with the checkpoint; they are sent after the commit). The step's
 * exit status counts the run: {@code DAYS=<n> FILES=<n>}.
 */
@Named
@Dependent
public class DailySummaryWriter extends AbstractItemWriter {

    @EJB
    private DailySummaries summaries;

    @Inject
    private StepContext step;

    private int days;
    private int files;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            files += summaries.summarize((DueDay) item);
            days++;
        }
        step.setExitStatus("DAYS=" + days + " FILES=" + files);
    }
}
