package pe.colca.batch.invoicing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pe.colca.invoicing.reconcile.ReconciliationWork;

/**
 * The companies to reconcile on the job's day (job parameter {@code companyId}: that one only). The
 * checkpoint is how many companies are prepared in committed chunks; a restart goes on after them.
 */
@Named
@Dependent
public class ReconciliationCompanyReader extends AbstractItemReader {

    @EJB
    private ReconciliationWork work;

    @Inject
    @BatchProperty
    private String day;

    @Inject
    @BatchProperty
    private String companyId;

    private List<Integer> companies;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        Integer company = companyId == null || companyId.isBlank() ? null : Integer.valueOf(companyId.strip());
        companies = work.companies(ReconciliationDay.of(day), company);
        next = checkpoint == null ? 0 : Math.min((Integer) checkpoint, companies.size());
    }

    @Override
    public Object readItem() {
        return next < companies.size() ? companies.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
