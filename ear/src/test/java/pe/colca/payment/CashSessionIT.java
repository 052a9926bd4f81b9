package pe.colca.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.CashFixtures;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewLocation;
import pe.colca.testing.TestData.NewUser;

/**
 * Cash sessions through {@link CashSessionService} and the {@link CashDrawer} port, inside WildFly: the close
 * arithmetic with pay-ins, pay-outs, sales, refunds and a wallet top-up; per-tender totals of mixed payments;
 * a discrepancy beyond the threshold waits for another user's approval (the cashier is refused) and notifies
 * the managers; one open session per cashier; a closed session is immutable. The discrepancies used (0 and
 * S/ 50) sit on either side of the seeded threshold {@code cash.close.discrepancy_threshold} = 10.00.
 */
@DisplayName("Cash sessions (in the container)")
class CashSessionIT extends InContainerIntegration {

    private TestData data;
    private CashFixtures cash;
    private NewLocation store;
    private NewUser cashier;
    private NewUser manager;
    private CashSessionService sessions;
    private CashDrawer drawer;

    @BeforeEach
    void fixtures() throws Exception {
        data = data();
        cash = new CashFixtures(data);
        store = data.location().create();
        cashier = data.user().permissions("cash.session.open", "cash.session.close", "cash.movement",
                "payment.create", "payment.refund").create();
        manager = data.user().permissions("cash.session.view", "cash.session.approve", "cash.movement").create();
        sessions = lookup("DefaultCashSessionService", CashSessionService.class);
        drawer = lookup("DefaultCashSessionService", CashDrawer.class);
    }

    @Test
    @DisplayName("close arithmetic: 100 + sales 80.50 + top-up 20 + pay-in 30 - refund 15.50 - pay-out 40 = 175.00")
    void closeArithmetic() throws Exception {
        CashSessionView open = as(cashier, () -> sessions.open(store.id(), money("100.00")));
        long id = open.id();
        assertEquals(CashSessionState.OPEN, open.state());
        assertNull(open.expectedCash(), "the count is blind: no expected cash before it");
        long sale1 = cash.payment(id, store.id(), "CASH", "50.00", "APPROVED");
        long sale2 = cash.payment(id, store.id(), "CASH", "30.50", "APPROVED");
        long session = as(cashier, () -> drawer.requireOpenSession(cashier.id(), store.id()));
        assertEquals(id, session);
        as(cashier, () -> {
            drawer.recordSale(id, sale1, money("50.00"));
            drawer.recordSale(id, sale2, money("30.50"));
            drawer.recordSale(id, sale2, money("30.50")); // a retry writes nothing
            drawer.recordWalletTopUp(id, "TOPUP-" + TestData.suffix(), money("20.00"));
            drawer.recordRefund(id, sale1, money("15.50"));
            sessions.move(id, CashMovementType.CASH_IN, money("30.00"), "Sencillo del banco");
            return sessions.move(id, CashMovementType.CASH_OUT, money("40.00"), "Pago a proveedor de agua");
        });
        assertThrows(CashMovementReused.class, () -> as(cashier, () -> {
            drawer.recordSale(id, sale2, money("31.00"));
            return null;
        }), "the same payment with another amount is refused");

        CashReport x = as(cashier, () -> sessions.report(id));
        assertFalse(x.zReport());
        assertEquals(money("100.00"), x.startingCash());
        assertEquals(money("80.50"), x.cashSales());
        assertEquals(2, x.cashSaleCount());
        assertEquals(money("15.50"), x.refunds());
        assertEquals(money("20.00"), x.walletTopUps());
        assertEquals(money("30.00"), x.payIns());
        assertEquals(money("40.00"), x.payOuts());
        assertEquals(money("175.00"), x.expectedCash());
        assertEquals(1, data.number("SELECT count(*) FROM cash_sessions WHERE id = ? AND status = 'OPEN'"
                + " AND expected_cash IS NULL", id), "the X report changes nothing");
        assertEquals(1, x.tenders().size());
        CashTenderTotal cashLine = x.tenders().get(0);
        assertEquals(PaymentMethod.CASH, cashLine.method());
        assertEquals(2, cashLine.payments());
        assertEquals(money("80.50"), cashLine.taken());
        assertEquals(1, cashLine.returns(), "the refund this drawer paid is on its tender's line");
        assertEquals(money("15.50"), cashLine.returned());
        assertEquals(money("65.00"), cashLine.net(), "cash taken less the refund paid out of the drawer");

        // 175.00 = 100 + 50 + 20 + 5 (notes and coins)
        CashReport z = as(cashier, () -> sessions.close(id, count("100.00", 1, "50.00", 1, "20.00", 1, "5.00", 1)));
        assertTrue(z.zReport());
        assertEquals(CashSessionState.CLOSED, z.session().state());
        assertEquals(money("175.00"), z.session().expectedCash());
        assertEquals(money("175.00"), z.session().actualCash());
        assertEquals(money("0.00"), z.session().discrepancy());
        assertEquals(x.tenders(), z.tenders(), "the Z report lists the refunds per tender as the X did");
        assertEquals(1, z.session().denominations().get(new BigDecimal("100.00")));
        assertEquals(0, z.session().denominations().get(new BigDecimal("0.10")));
        assertEquals(1, data.number("SELECT count(*) FROM cash_sessions WHERE id = ? AND status = 'CLOSED'"
                + " AND closed_at IS NOT NULL AND discrepancy = 0 AND counted_denominations ->> '100.00' = '1'", id));
        assertEquals(1, data.number("SELECT count(*) FROM cash_movements WHERE session_id = ? AND type = 'CLOSING'"
                + " AND amount = 175.00", id));
        assertEquals(2, data.number("SELECT count(*) FROM cash_movements WHERE session_id = ? AND type = 'SALE'", id));
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE entity_table = 'cash_sessions'"
                + " AND entity_id = ? AND action = 'CASH_SESSION_CLOSE'", String.valueOf(id)));
    }

    @Test
    @DisplayName("mixed tenders and a S/ 50 shortage: waits for a manager, the cashier cannot approve, another user can")
    void discrepancyNeedsApproval() throws Exception {
        long id = as(cashier, () -> sessions.open(store.id(), money("50.00"))).id();
        long cashSale = cash.payment(id, store.id(), "CASH", "120.00", "APPROVED");
        cash.payment(id, store.id(), "CARD", "200.00", "APPROVED");
        cash.payment(id, store.id(), "CARD", "35.90", "REFUNDED");
        cash.payment(id, store.id(), "YAPE", "18.00", "APPROVED");
        cash.payment(id, store.id(), "PLIN", "9.99", "DECLINED");
        as(cashier, () -> {
            drawer.recordSale(id, cashSale, money("120.00"));
            return null;
        });
        long notificationsBefore = data.number("SELECT count(*) FROM notifications"
                + " WHERE notification_type = 'CASH_DISCREPANCY' AND user_id = ?", manager.id());

        // expected 170.00, counted 120.00 (S/ 100 + S/ 20): 50.00 short, beyond the threshold
        CashReport z = as(cashier, () -> sessions.close(id, count("100", 1, "20", 1)));
        assertEquals(CashSessionState.AWAITING_APPROVAL, z.session().state());
        assertEquals(money("170.00"), z.session().expectedCash());
        assertEquals(money("-50.00"), z.session().discrepancy());
        Map<PaymentMethod, CashTenderTotal> tenders = new LinkedHashMap<>();
        z.tenders().forEach(t -> tenders.put(t.method(), t));
        assertEquals(List.of(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.YAPE), List.copyOf(tenders.keySet()),
                "declined payments are not tenders");
        assertEquals(money("235.90"), tenders.get(PaymentMethod.CARD).taken());
        assertEquals(money("35.90"), tenders.get(PaymentMethod.CARD).refunded());
        assertEquals(money("200.00"), tenders.get(PaymentMethod.CARD).net());
        assertEquals(2, tenders.get(PaymentMethod.CARD).payments());
        assertEquals(money("338.00"), z.tendersNet());
        assertEquals(notificationsBefore + 1, data.number("SELECT count(*) FROM notifications WHERE notification_type ="
                + " 'CASH_DISCREPANCY' AND user_id = ? AND status = 'PENDING'", manager.id()),
                "the managers (holders of cash.session.approve) are notified");

        assertThrows(CashSessionClosed.class, () -> as(cashier, () -> sessions.move(id, CashMovementType.CASH_IN,
                money("1.00"), "tarde")), "a counted session takes no movement");
        assertThrows(CashSessionAlreadyOpen.class, () -> as(cashier, () -> sessions.open(store.id(), money("0"))),
                "a session waiting for approval is still the cashier's open one");

        NewUser selfApprover = data.user().permissions("cash.session.open", "cash.session.close",
                "cash.session.approve").create();
        long own = as(selfApprover, () -> sessions.open(store.id(), money("100.00"))).id();
        as(selfApprover, () -> sessions.close(own, count("1.00", 1)));
        CashApprovalRefused self = assertThrows(CashApprovalRefused.class,
                () -> as(selfApprover, () -> sessions.approve(own)));
        assertEquals("cash-self-approval", self.type());
        assertThrows(EJBAccessException.class, () -> as(cashier, () -> sessions.approve(id)),
                "the cashier holds no approval permission");
        assertEquals(1, data.number("SELECT count(*) FROM cash_sessions WHERE id = ? AND status = 'OPEN'", id));

        CashSessionView approved = as(manager, () -> sessions.approve(id));
        assertEquals(CashSessionState.CLOSED, approved.state());
        assertEquals(manager.id(), approved.approvedBy());
        assertEquals(1, data.number("SELECT count(*) FROM cash_sessions WHERE id = ? AND status = 'CLOSED'"
                + " AND approved_by = ? AND discrepancy = -50.00", id, manager.id()));
        assertThrows(CashApprovalRefused.class, () -> as(manager, () -> sessions.approve(id)), "approved once");
    }

    @Test
    @DisplayName("a count sent back is discarded: the cashier counts again and the session closes")
    void rejectedCountIsRecounted() throws Exception {
        long id = as(cashier, () -> sessions.open(store.id(), money("80.00"))).id();
        as(cashier, () -> sessions.close(id, count("20.00", 1)));
        CashSessionView back = as(manager, () -> sessions.reject(id, "Cuente de nuevo el sencillo"));
        assertEquals(CashSessionState.OPEN, back.state());
        assertNull(back.actualCash());
        CashReport z = as(cashier, () -> sessions.close(id, count("50.00", 1, "20.00", 1, "10.00", 1)));
        assertEquals(CashSessionState.CLOSED, z.session().state());
        assertEquals(money("0.00"), z.session().discrepancy());
    }

    @Test
    @DisplayName("one open session per cashier and register; a closed session is immutable")
    void oneOpenSessionAndClosedImmutable() throws Exception {
        long id = as(cashier, () -> sessions.open(store.id(), money("20.00"))).id();
        assertThrows(CashSessionAlreadyOpen.class, () -> as(cashier, () -> sessions.open(store.id(), money("5.00"))));
        NewLocation other = data.location().create();
        assertThrows(CashSessionAlreadyOpen.class, () -> as(cashier, () -> sessions.open(other.id(), money("5.00"))),
                "nor at another register while one is open");
        assertEquals(1, data.number("SELECT count(*) FROM cash_sessions WHERE user_id = ?", cashier.id()));
        CashSessionNoneOpen none = assertThrows(CashSessionNoneOpen.class,
                () -> as(cashier, () -> drawer.requireOpenSession(cashier.id(), other.id())));
        assertEquals("no-open-cash-session", none.type());
        assertThrows(CashDrawerShort.class, () -> as(cashier, () -> sessions.move(id, CashMovementType.CASH_OUT,
                money("20.01"), "más de lo que hay")));
        assertThrows(pe.colca.common.InvalidInput.class, () -> as(cashier, () -> sessions.move(id,
                CashMovementType.CASH_IN, money("5.00"), " ")), "a reason is required");

        as(cashier, () -> sessions.close(id, count("20", 1)));
        long movements = data.number("SELECT count(*) FROM cash_movements WHERE session_id = ?", id);
        long payment = cash.payment(id, store.id(), "CASH", "10.00", "APPROVED");
        assertThrows(CashSessionClosed.class, () -> as(cashier, () -> sessions.move(id, CashMovementType.CASH_IN,
                money("1.00"), "después del cierre")));
        assertThrows(CashSessionClosed.class, () -> as(cashier, () -> {
            drawer.recordSale(id, payment, money("10.00"));
            return null;
        }));
        assertThrows(CashSessionClosed.class, () -> as(cashier, () -> sessions.close(id, count("20", 1))));
        assertEquals(movements, data.number("SELECT count(*) FROM cash_movements WHERE session_id = ?", id));
        assertThrows(CashSessionNoneOpen.class, () -> as(cashier, () -> drawer.requireOpenSession(cashier.id(),
                store.id())));

        long next = as(cashier, () -> sessions.open(store.id(), money("0.00"))).id();
        assertTrue(next != id, "after the close the cashier opens a new session");
    }

    @Test
    @DisplayName("a session opens only where the location sells: not at a store without sales nor at a warehouse (422)")
    void opensOnlyWhereTheLocationSells() throws Exception {
        NewLocation noSales = data.location().sells(false).create();
        NewLocation warehouse = data.location().warehouse().sells(false).create();
        NewLocation closedStore = data.location().active(false).create();
        for (NewLocation place : List.of(noSales, warehouse, closedStore)) {
            CashLocationNotSelling refused = assertThrows(CashLocationNotSelling.class,
                    () -> as(cashier, () -> sessions.open(place.id(), money("50.00"))), place.code());
            assertEquals("cash-location-not-selling", refused.type());
            assertEquals(pe.colca.common.BusinessException.Kind.RULE, refused.kind(), "HTTP 422");
            assertTrue(refused.localizedMessage(java.util.Locale.forLanguageTag("es-PE")).contains(place.code()),
                    "the message names the location: " + refused.getMessage());
        }
        assertEquals(0, data.number("SELECT count(*) FROM cash_sessions WHERE user_id = ?", cashier.id()),
                "nothing was written");
        assertEquals(store.id(), (int) data.number("SELECT location_id FROM cash_sessions WHERE id = ?",
                as(cashier, () -> sessions.open(store.id(), money("50.00"))).id()), "a selling store opens");
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    /** Pairs of denomination and pieces. */
    private static Map<BigDecimal, Integer> count(Object... pairs) {
        Map<BigDecimal, Integer> count = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            count.put(new BigDecimal((String) pairs[i]), (Integer) pairs[i + 1]);
        }
        return count;
    }
}
