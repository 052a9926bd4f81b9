package pe.colca.batch.invoicing;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import pe.colca.invoicing.reconcile.ReconciliationWork;
import pe.colca.invoicing.reconcile.ReconciliationWork.ConsultItem;

/**
 * Every document of the runs this job instance owns, run after run, in id order, read a page at a time
 * (a day of thousands of documents is never one query or one transaction). The checkpoint is the run and
 * the last document handed out; a restart reads on after it.
 */
@Named
@Dependent
public class ReconciliationDocumentReader extends AbstractItemReader {

    /** Documents read per query. */
    static final int PAGE = 200;

    @EJB
    private ReconciliationWork work;

    @Inject
    private JobContext job;

    private List<Long> runs;
    private int run;
    private long lastDocument;
    private final Deque<ConsultItem> buffer = new ArrayDeque<>();

    /** Where the reader is: the index of the run and the last document handed out. */
    record Position(int run, long lastDocument) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public void open(Serializable checkpoint) {
        runs = work.runsOf(job.getInstanceId());
        if (checkpoint instanceof Position p) {
            run = p.run();
            lastDocument = p.lastDocument();
        }
    }

    @Override
    public Object readItem() {
        while (buffer.isEmpty()) {
            if (run >= runs.size()) {
                return null;
            }
            List<ConsultItem> page = work.documents(runs.get(run), job.getInstanceId(), lastDocument, PAGE);
            if (page.isEmpty()) {
                run++;
                lastDocument = 0;
            } else {
                buffer.addAll(page);
            }
        }
        ConsultItem item = buffer.poll();
        lastDocument = item.document().id();
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return new Position(run, lastDocument);
    }
}
