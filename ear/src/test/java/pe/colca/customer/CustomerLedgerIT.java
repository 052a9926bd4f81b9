package pe.colca.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.math.BigDecimal;
import java.security.PrivilegedExceptionAction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.server.SecurityIdentity;
import pe.colca.testing.CustomerLedgerFixtures;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewUser;

/**
 * Loyalty points and the wallet through {@link LoyaltyService}, {@link WalletService} and the expiry job,
 * inside WildFly: concurrent debits never overdraw a wallet, concurrent earning and redemption keep an
 * account exact, earning is idempotent by order and a refund reverses pro rata, and the expiry job writes
 * the right EXPIRE lines once a day. After each, the balance equals the sum of the ledger lines.
 */
@DisplayName("Loyalty and wallet ledgers (in the container)")
class CustomerLedgerIT extends InContainerIntegration {

    private TestData data;
    private CustomerLedgerFixtures ledgers;
    private NewUser clerk;
    private LoyaltyService loyalty;
    private WalletService wallets;

    @BeforeEach
    void fixtures() throws Exception {
        data = data();
        ledgers = new CustomerLedgerFixtures(data);
        clerk = data.user().permissions("customer.view", "order.create", "order.refund.approve", "payment.create",
                "payment.refund", "loyalty.adjust", "wallet.adjust").create();
        loyalty = lookup("DefaultLoyaltyService", LoyaltyService.class);
        wallets = lookup("DefaultWalletService", WalletService.class);
    }

    @Test
    @DisplayName("20 threads paying S/ 7.00 from a wallet of S/ 100.00: exactly 14 succeed, balance 2.00 = sum")
    void concurrentDebitsNeverOverdraw() throws Exception {
        long customer = ledgers.customer();
        as(clerk, () -> wallets.topUp(customer, new BigDecimal("100.00"), "YAPE-" + TestData.suffix()));
        SecurityIdentity identity = identity(clerk);
        int payers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(payers);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < payers; i++) {
                String reference = "B001-" + TestData.suffix() + "-" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return identity.runAs((PrivilegedExceptionAction<Boolean>) () -> {
                        try {
                            wallets.pay(customer, new BigDecimal("7.00"), reference);
                            return true;
                        } catch (WalletBalanceInsufficient refused) {
                            return false;
                        }
                    });
                }));
            }
            start.countDown();
            int paid = 0;
            for (Future<Boolean> outcome : outcomes) {
                paid += outcome.get(120, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(14, paid, "exactly as many payments as the balance covers");
        } finally {
            pool.shutdownNow();
        }
        assertEquals("2.00", ledgers.wallet(customer));
        assertEquals(ledgers.wallet(customer), ledgers.walletLedger(customer), "balance == sum of transactions");
        assertEquals(14, ledgers.walletTransactions(customer, "DEBIT"), "refused payments left no row");
        WalletBalance balance = as(clerk, () -> wallets.balance(customer));
        assertEquals(new BigDecimal("2.00"), balance.balance());
    }

    @Test
    @DisplayName("10 threads earning and 15 redeeming on one account: never negative, balance == sum, counts exact")
    void concurrentEarnAndRedeemStayExact() throws Exception {
        long customer = ledgers.customer("REGULAR");
        as(clerk, () -> loyalty.adjust(customer, 100, "saldo inicial de la prueba", null));
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            orders.add(ledgers.order(customer, "10.00"));
        }
        SecurityIdentity identity = identity(clerk);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Future<Boolean>> redemptions = new ArrayList<>();
        List<Future<Boolean>> earnings = new ArrayList<>();
        try {
            for (long order : orders) {
                earnings.add(pool.submit(() -> {
                    start.await();
                    return identity.runAs((PrivilegedExceptionAction<Boolean>) () ->
                            loyalty.earnForOrder(customer, order, new BigDecimal("10.00")).points() == 10);
                }));
            }
            for (int i = 0; i < 15; i++) {
                redemptions.add(pool.submit(() -> {
                    start.await();
                    return identity.runAs((PrivilegedExceptionAction<Boolean>) () -> {
                        try {
                            return loyalty.redeem(customer, 12, null, "canje de prueba").points() == -12;
                        } catch (LoyaltyPointsInsufficient refused) {
                            return false;
                        }
                    });
                }));
            }
            start.countDown();
            for (Future<Boolean> earned : earnings) {
                assertTrue(earned.get(120, TimeUnit.SECONDS));
            }
            int redeemed = 0;
            for (Future<Boolean> outcome : redemptions) {
                redeemed += outcome.get(120, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertTrue(redeemed >= 8 && redeemed <= 15, "at least the first 100 points were there: " + redeemed);
            assertEquals(200 - 12L * redeemed, ledgers.points(customer));
            assertEquals(redeemed, ledgers.movements(customer, "REDEEM"));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10, ledgers.movements(customer, "EARN"));
        assertEquals(ledgers.points(customer), ledgers.pointsLedger(customer), "balance == sum of movements");
        assertTrue(ledgers.points(customer) >= 0);
        assertEquals(100, data.number("SELECT lifetime_points FROM loyalty_accounts WHERE customer_id = ?", customer));
    }

    @Test
    @DisplayName("earning twice for one order writes once; refunds reverse pro rata, a retried refund nothing")
    void earnIsIdempotentAndRefundsReverseProRata() throws Exception {
        long customer = ledgers.customer("VIP");
        long order = ledgers.order(customer, "55.50");
        LoyaltyPosted first = as(clerk, () -> loyalty.earnForOrder(customer, order, new BigDecimal("55.50")));
        assertEquals(111, first.points(), "2 points per S/ for VIP, rounded down");
        LoyaltyPosted again = as(clerk, () -> loyalty.earnForOrder(customer, order, new BigDecimal("55.50")));
        assertTrue(again.replayed());
        assertEquals(1, ledgers.movements(customer, "EARN"));
        assertEquals(111, ledgers.points(customer));

        LoyaltyPosted half = as(clerk, () -> loyalty.reverseForRefund(order, new BigDecimal("27.75"))).orElseThrow();
        assertEquals(-55, half.points(), "floor(111 × 27.75 / 55.50)");
        LoyaltyPosted retried = as(clerk, () -> loyalty.reverseForRefund(order, new BigDecimal("27.75"))).orElseThrow();
        assertEquals(0, retried.points());
        assertEquals(1, ledgers.movements(customer, "REVERSAL"));
        LoyaltyPosted rest = as(clerk, () -> loyalty.reverseForRefund(order, new BigDecimal("55.50"))).orElseThrow();
        assertEquals(-56, rest.points());
        assertEquals(0, ledgers.points(customer));
        assertEquals(0, ledgers.pointsLedger(customer));
        assertEquals(0, data.number("SELECT lifetime_points FROM loyalty_accounts WHERE customer_id = ?", customer));

        long unknownOrder = ledgers.order(customer, "5.00");
        assertTrue(as(clerk, () -> loyalty.reverseForRefund(unknownOrder, new BigDecimal("5.00"))).isEmpty(),
                "an order that earned nothing reverses nothing");
        LoyaltyPointsInsufficient refused = assertThrows(LoyaltyPointsInsufficient.class,
                () -> as(clerk, () -> loyalty.redeem(customer, 1, null, null)));
        assertEquals(0, refused.available());
        assertEquals(0, ledgers.movements(customer, "REDEEM"));
    }

    @Test
    @DisplayName("the expiry job expires unspent old points once: a second run the same day writes nothing")
    void expiryJobWritesOncePerDay() throws Exception {
        long old = ledgers.customer();
        ledgers.earnedLongAgo(old, 100, 400);
        as(clerk, () -> loyalty.redeem(old, 30, null, "canje reciente"));
        long recent = ledgers.customer();
        ledgers.earnedLongAgo(recent, 50, 10);
        long spent = ledgers.customer();
        ledgers.earnedLongAgo(spent, 40, 500);
        ledgers.earnedLongAgo(spent, 60, 5);
        as(clerk, () -> loyalty.redeem(spent, 45, null, "canje reciente"));

        String today = LocalDate.now(ZoneId.of("America/Lima")).toString();
        assertEquals(BatchStatus.COMPLETED, runExpiry(today));
        assertEquals(1, ledgers.movements(old, "EXPIRE"));
        assertEquals(0, ledgers.points(old), "70 unspent old points expired");
        assertEquals(0, ledgers.movements(recent, "EXPIRE"));
        assertEquals(50, ledgers.points(recent));
        assertEquals(0, ledgers.movements(spent, "EXPIRE"), "the old 40 were spent first (oldest first)");
        assertEquals(55, ledgers.points(spent));

        assertEquals(BatchStatus.COMPLETED, runExpiry(today));
        assertEquals(1, ledgers.movements(old, "EXPIRE"), "the second run the same day writes nothing");
        for (long customer : new long[] {old, recent, spent}) {
            assertEquals(ledgers.points(customer), ledgers.pointsLedger(customer), "balance == sum of movements");
        }
        assertEquals(-70, data.number("SELECT m.points FROM loyalty_movements m JOIN loyalty_accounts a"
                + " ON a.id = m.loyalty_account_id WHERE a.customer_id = ? AND m.type = 'EXPIRE'", old));
        assertFalse(data.string("SELECT reason FROM loyalty_movements m JOIN loyalty_accounts a"
                + " ON a.id = m.loyalty_account_id WHERE a.customer_id = ? AND m.type = 'EXPIRE'", old).isBlank());
    }

    private static BatchStatus runExpiry(String asOf) throws InterruptedException {
        JobOperator jobs = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty("asOf", asOf);
        long execution = jobs.start("customer-loyalty-expiry", parameters);
        for (int i = 0; i < 600; i++) {
            BatchStatus status = jobs.getJobExecution(execution).getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                    || status == BatchStatus.ABANDONED) {
                return status;
            }
            Thread.sleep(200);
        }
        return jobs.getJobExecution(execution).getBatchStatus();
    }
}
