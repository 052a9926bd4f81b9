package pe.colca.batch.customer;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import pe.colca.customer.LoyaltyExpiry;

/**
 * Reads the accounts that hold points credited before the cutoff, in id order, a page at a time. The
 * checkpoint is the id of the last account read in the committed chunk, so a restart goes on after it (and
 * re-reading an account is harmless: its expiry is computed from its lines, so it writes nothing twice).
 * The day is the job parameter {@code asOf} ({@code yyyy-MM-dd}) or today in Lima.
 */
@Named
@Dependent
public class LoyaltyExpiryReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @EJB
    private LoyaltyExpiry expiry;

    @Inject
    @BatchProperty
    private String asOf;

    private final Deque<Long> page = new ArrayDeque<>();
    private LocalDate day;
    private Instant cutoff;
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        day = asOf == null || asOf.isBlank() ? LocalDate.now(ZoneId.of("America/Lima")) : LocalDate.parse(asOf.strip());
        cutoff = expiry.cutoff(day);
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(expiry.candidates(cutoff, lastId, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next == null) {
            return null;
        }
        lastId = next;
        return new ExpiryItem(next, cutoff, day);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
