package pe.colca.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static pe.colca.testing.Transactions.inTransaction;

import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.sales.internal.OrderNumbers;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.Transactions;

/**
 * {@link OrderNumbers}, called directly inside WildFly, each allocation in a transaction of its own
 * on its own thread: concurrent orders of one store and day get distinct consecutive numbers (the
 * first two race on the insert of the counter row), a rolled-back allocation is given to the next
 * order, and without a transaction the allocator refuses to run.
 */
@DisplayName("Order numbers (in the container)")
class OrderNumbersIT extends InContainerIntegration {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private TestData data;
    private OrderNumbers numbers;
    private String store;

    @BeforeEach
    void fixtures() {
        data = data();
        numbers = lookup("OrderNumbers", OrderNumbers.class);
        store = "T" + TestData.suffix(); // 11 characters: a store of its own for each test
    }

    @Test
    @DisplayName("16 threads at one store and day get 1…16, each once, in the readable format")
    void concurrentAllocationsAreDistinctAndConsecutive() throws Exception {
        List<OrderNumber> taken = race(16, i -> false);
        Set<Integer> sequences = new TreeSet<>();
        Set<String> values = new TreeSet<>();
        for (OrderNumber n : taken) {
            sequences.add(n.sequence());
            values.add(n.value());
            assertEquals(store + "-20261203-" + String.format("%06d", n.sequence()), n.value());
        }
        assertEquals(IntStream.rangeClosed(1, 16).boxed().toList(), List.copyOf(sequences), "1 to 16, no gap, no repeat");
        assertEquals(16, values.size());
        assertEquals(16, counter(DAY));
    }

    @Test
    @DisplayName("a rolled-back allocation gives its number to the next order")
    void rollbackReturnsTheNumber() throws Exception {
        OrderNumber first = inTransaction(() -> numbers.next(store, DAY), true);
        assertEquals(1, first.sequence());
        OrderNumber rolledBack = inTransaction(() -> numbers.next(store, DAY), false);
        assertEquals(2, rolledBack.sequence());
        assertEquals(1, counter(DAY), "the rollback undid the increment");
        OrderNumber next = inTransaction(() -> numbers.next(store, DAY), true);
        assertEquals(rolledBack.value(), next.value(), "the same number, so no gap");
        assertEquals(2, counter(DAY));
    }

    @Test
    @DisplayName("16 threads of which every fourth rolls back: the 12 committed numbers are 1…12")
    void concurrentRollbacksLeaveNoGap() throws Exception {
        List<OrderNumber> committed = race(16, i -> i % 4 == 3);
        assertEquals(IntStream.rangeClosed(1, 12).boxed().toList(),
                committed.stream().map(OrderNumber::sequence).sorted().toList());
        assertEquals(12, counter(DAY));
    }

    @Test
    @DisplayName("each store and day counts from 1; the day of an instant is the Lima date")
    void perStoreAndDay() throws Exception {
        String other = "U" + TestData.suffix();
        assertEquals(1, inTransaction(() -> numbers.next(store, DAY), true).sequence());
        assertEquals(1, inTransaction(() -> numbers.next(other, DAY), true).sequence());
        assertEquals(1, inTransaction(() -> numbers.next(store, DAY.plusDays(1)), true).sequence());
        assertEquals(2, inTransaction(() -> numbers.next(store.toLowerCase(), DAY), true).sequence(),
                "codes are upper-cased like the locations' codes");
        // 03:30 UTC on 4 December is 22:30 of 3 December in Lima (UTC−5)
        Instant lateEvening = Instant.parse("2026-12-04T03:30:00Z");
        ZoneId zone = ZoneId.of(data.string("SELECT value FROM system_settings WHERE setting_key = 'timezone'"));
        OrderNumber evening = inTransaction(() -> numbers.next(store, lateEvening), true);
        assertEquals(LocalDate.ofInstant(lateEvening, zone), evening.businessDay());
        if (zone.equals(ZoneId.of("America/Lima"))) {
            assertEquals(DAY, evening.businessDay());
            assertEquals(3, evening.sequence());
        }
    }

    @Test
    @DisplayName("a code too long for orders.order_number is refused and nothing is counted")
    void codeTooLong() throws Exception {
        String tooLong = "TOOLONG" + TestData.suffix(); // 17 characters: 17 + 16 > 30
        UserTransaction tx = transaction();
        tx.begin();
        try {
            OrderNumberUnavailable refused = assertThrows(OrderNumberUnavailable.class, () -> numbers.next(tooLong, DAY));
            assertEquals("order-number-unavailable", refused.type());
        } finally {
            tx.rollback();
        }
        assertEquals(0, data.number("SELECT count(*) FROM order_number_counters WHERE store_code = ?", tooLong));
    }

    @Test
    @DisplayName("without a caller's transaction the allocator refuses to run (MANDATORY)")
    void needsATransaction() throws SQLException {
        assertThrows(EJBTransactionRequiredException.class, () -> numbers.next(store, DAY));
        assertEquals(0, data.number("SELECT count(*) FROM order_number_counters WHERE store_code = ?", store));
    }

    // ------------------------------------------------------------------------------------ helpers

    /** {@code threads} allocations at once, each in its own transaction; returns the committed numbers. */
    private List<OrderNumber> race(int threads, IntPredicate rollsBack) throws Exception {
        return Transactions.race(threads, rollsBack, () -> numbers.next(store, DAY));
    }

    private long counter(LocalDate day) throws SQLException {
        return data.number("SELECT last_number FROM order_number_counters WHERE store_code = ? AND business_day = ?::date",
                store, day.toString());
    }
}
