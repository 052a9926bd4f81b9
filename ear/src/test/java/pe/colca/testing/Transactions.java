package pe.colca.testing;

import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * Transactions of an in-container test ({@link InContainerIntegration}): one unit of work in a
 * transaction of its own, committed or rolled back, and a race of many such units started together
 * on their own threads (the allocation tests of order and document numbers).
 */
public final class Transactions {

    private Transactions() {
    }

    /** Work that may throw. */
    public interface Work<T> {
        T run() throws Exception;
    }

    /** Runs {@code work} in a new transaction, then commits it or (when {@code commit} is false) rolls it back. */
    public static <T> T inTransaction(Work<T> work, boolean commit) throws Exception {
        UserTransaction tx = InContainerIntegration.transaction();
        tx.begin();
        boolean done = false;
        try {
            T result = work.run();
            if (commit) {
                tx.commit();
                done = true;
            }
            return result;
        } finally {
            if (!done) {
                tx.rollback();
            }
        }
    }

    /**
     * {@code threads} units of {@code work} released at once, each in its own transaction; thread
     * {@code i} rolls back when {@code rollsBack.test(i)}. Returns the results of the committed ones.
     */
    public static <T> List<T> race(int threads, IntPredicate rollsBack, Work<T> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<T>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                boolean commit = !rollsBack.test(i);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    T result = inTransaction(work, commit);
                    return commit ? result : null;
                }));
            }
            start.countDown();
            List<T> committed = new ArrayList<>();
            for (Future<T> outcome : outcomes) {
                T result = outcome.get(120, TimeUnit.SECONDS);
                if (result != null) {
                    committed.add(result);
                }
            }
            return committed;
        } finally {
            pool.shutdownNow();
        }
    }
}
