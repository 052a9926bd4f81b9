package pe.colca.common;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Collects ids during a transaction and hands them, once, to a sender after the transaction
 * committed: the outbox nudge of the notification and invoicing areas. The ids of every call in one
 * transaction (under one {@code key}) are kept in the transaction's resources and announced by a
 * single interposed {@link Synchronization}; nothing is sent for a transaction that rolled back (its
 * rows do not exist). The sender runs outside the transaction and must not throw; if it does, one
 * WARN line is logged, because the committed rows are what counts and a sweep picks them up.
 */
public final class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    private AfterCommit() {
    }

    /**
     * Adds {@code ids} to what is sent after the current transaction commits.
     *
     * @param key    names the collection (one per sender), e.g. the class name of the caller
     * @param sender called once after commit with every id collected under {@code key}
     */
    @SuppressWarnings("unchecked")
    public static void collect(TransactionSynchronizationRegistry transaction, String key, Collection<Long> ids,
                               Consumer<List<Long>> sender) {
        List<Long> pending = (List<Long>) transaction.getResource(key);
        if (pending == null) {
            List<Long> collected = new ArrayList<>();
            transaction.putResource(key, collected);
            transaction.registerInterposedSynchronization(new Send(key, collected, sender));
            pending = collected;
        }
        pending.addAll(ids);
    }

    private record Send(String key, List<Long> ids, Consumer<List<Long>> sender) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing: the rows are flushed with the business transaction
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            try {
                sender.accept(List.copyOf(ids));
            } catch (RuntimeException e) {
                LOG.warning(key + ": after-commit nudge for " + ids + " not sent (" + e + "); the sweep picks them up");
            }
        }
    }
}
