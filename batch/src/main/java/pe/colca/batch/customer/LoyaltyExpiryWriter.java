package pe.colca.batch.customer;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import pe.colca.customer.LoyaltyExpiry;

/**
 * Writes the EXPIRE line of each account of the chunk, in the chunk's transaction (so the lines commit with
 * the checkpoint). The step's exit status counts what the run did: {@code EXPIRED=<points> ACCOUNTS=<n>}.
 */
@Named
@Dependent
public class LoyaltyExpiryWriter extends AbstractItemWriter {

    @EJB
    private LoyaltyExpiry expiry;

    @Inject
    private StepContext step;

    private long points;
    private long accounts;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            ExpiryItem e = (ExpiryItem) item;
            int expired = expiry.expire(e.accountId(), e.cutoff(), e.asOf());
            if (expired > 0) {
                points += expired;
                accounts++;
            }
        }
        step.setExitStatus("EXPIRED=" + points + " ACCOUNTS=" + accounts);
    }
}
