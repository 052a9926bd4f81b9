package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.CashFixtures;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.ReturnFixtures;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewCustomer;
import pe.colca.testing.TestData.NewProduct;
import pe.colca.testing.TestData.NewUser;

/**
 * {@code /api/v1/orders/{id}/returns} end to end (issue 12, returns and refunds): two partial returns, then
 * a third asking for more than is left is refused and changes nothing; stock, wallet, points, payments,
 * cash movements and credit notes exact to the céntimo; the return window; a replayed Idempotency-Key; an
 * unpaid order; a cash refund without an open session; the approved cancellation of a paid order refunds it.
 */
class SalesReturnApiIT extends ClientIntegration {

    private static final String[] SELLER = {"api.access", "order.view", "order.create", "order.edit", "order.cancel",
            "order.fulfill", "inventory.reserve", "inventory.view", "payment.create", "payment.view", "customer.view",
            "order.refund.approve"};

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();
    private final CashFixtures cash = new CashFixtures(data);
    private final ReturnFixtures returns = new ReturnFixtures(data);

    @Test
    @DisplayName("two partial returns, a third beyond the rest refused; stock, wallet, points, payments, cash and notes exact")
    void partialReturns() throws Exception {
        ReturnFixtures.Store store = returns.store();
        NewProduct product = data.product().variants(2).create();
        long a = product.variant(0).id();
        long b = product.variant(1).id();
        data.stock(a, store.id(), 10);
        data.stock(b, store.id(), 10);
        NewCustomer customer = data.customer();
        NewUser seller = seller(store);
        String token = api.token(seller);
        String manager = api.token(data.user().permissions("api.access", "customer.view", "payment.create").create());
        assertEquals(201, api.post("/api/v1/customers/" + customer.id() + "/wallet/top-ups", manager,
                "{\"amount\": 50.00, \"reference\": \"TOPUP-" + TestData.suffix() + "\"}").status());

        long id = order(token, store, customer, line(a, 3), line(b, 2));
        String pay = "/api/v1/orders/" + id + "/payments";
        pay(token, pay, "{\"method\": \"CASH\", \"amount\": 49.50, \"tendered\": 50.00}");
        pay(token, pay, "{\"method\": \"CARD\", \"amount\": 30.00, \"authCode\": \"A1B2C3\", \"cardLast4\": \"4242\"}");
        pay(token, pay, "{\"method\": \"WALLET\", \"amount\": 20.00}");
        assertEquals("PAID", data.string("SELECT payment_status FROM orders WHERE id = ?", id));
        assertEquals("30.00", wallet(customer));
        assertEquals(99, points(customer), "1 point per S/ 99.50, rounded down");
        long boleta = data.number("SELECT id FROM electronic_documents WHERE order_id = ? AND document_type = '03'", id);
        long session = data.number("SELECT id FROM cash_sessions WHERE user_id = ? AND status = 'OPEN'", seller.id());
        Map<Long, Long> items = itemIds(id, a, b);
        String path = "/api/v1/orders/" + id + "/returns";

        // 1: one unit of a (S/ 19.90), by the original tenders: the newest (the wallet's S/ 20.00) first
        String key1 = "RET-" + TestData.suffix();
        String body1 = returnBody("ORIGINAL", "talla equivocada", ret(items.get(a), 1));
        Reply first = api.post(path, token, body1, "Idempotency-Key", key1);
        assertEquals(201, first.status(), first.toString());
        JsonObject r1 = first.json();
        assertEquals(new BigDecimal("19.90"), money(r1, "grandTotal"));
        assertEquals(new BigDecimal("3.04"), money(r1, "taxTotal"), "19.90 / 1.18 = 16.86 + IGV 3.04");
        assertEquals(new BigDecimal("19.90"), money(r1, "refundedAmount"));
        assertEquals(data.string("SELECT order_number FROM orders WHERE id = ?", id) + "-D01", r1.getString("returnNumber"));
        assertEquals(store.boletaNoteSeries() + "-1", r1.getJsonObject("creditNote").getString("number"));
        assertEquals("PENDING", r1.getJsonObject("creditNote").getString("status"));
        assertEquals("49.90", wallet(customer), "S/ 19.90 back into the wallet it came from");
        assertEquals(80, points(customer), "floor(99 × 19.90 / 99.50) = 19 points reversed");
        assertEquals(8, onHand(a, store.id()));
        assertEquals("PAID", data.string("SELECT payment_status FROM orders WHERE id = ?", id), "partial: still PAID");
        assertEquals("PAID", data.string("SELECT status FROM orders WHERE id = ?", id));
        long r1Id = r1.getJsonNumber("id").longValue();
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE return_id = ? AND document_type = '07'"
                + " AND series = ? AND correlative_number = 1 AND referenced_document_id = ? AND order_id = ?"
                + " AND note_reason_code = '07' AND note_reason = 'talla equivocada' AND sunat_status = 'PENDING'"
                + " AND total_amount = 19.90 AND total_igv = 3.04 AND total_gravado = 16.86",
                r1Id, store.boletaNoteSeries(), boleta, id), "the credit note of the return, modifying the boleta");
        assertEquals(1, data.number("SELECT count(*) FROM inventory_movements WHERE movement_type = 'CUSTOMER_RETURN'"
                + " AND to_location_id = ? AND variant_id = ? AND quantity = 1 AND reference_doc = ?", store.id(), a,
                r1.getString("returnNumber")));

        // 2: a and b, S/ 39.80: wallet S/ 0.10 left, the card S/ 30.00, cash S/ 9.70 out of the open session
        Reply second = postReturn(token, id, returnBody("ORIGINAL", "no le gustó", ret(items.get(a), 1),
                ret(items.get(b), 1)));
        assertEquals(201, second.status(), second.toString());
        assertEquals(new BigDecimal("39.80"), money(second.json(), "refundedAmount"));
        assertEquals(store.boletaNoteSeries() + "-2", second.json().getJsonObject("creditNote").getString("number"));
        assertEquals("50.00", wallet(customer));
        assertEquals(40, points(customer), "floor(99 × 59.70 / 99.50) = 59 reversed in all");
        assertEquals("9.70", data.string("SELECT sum(amount) FROM cash_movements WHERE session_id = ? AND type = 'REFUND'",
                session));
        assertEquals("59.70", data.string("SELECT sum(amount) FROM payments WHERE order_id = ? AND status = 'REFUNDED'", id));
        assertEquals("30.00", data.string("SELECT amount FROM payments WHERE order_id = ? AND status = 'REFUNDED'"
                + " AND method = 'CARD'", id));
        assertEquals(3, data.number("SELECT count(*) FROM payments WHERE order_id = ? AND status = 'APPROVED'", id),
                "what was paid stays a fact");
        assertEquals(9, onHand(b, store.id()), "b: 10 - 2 sold + 1 back");
        assertEquals(9, onHand(a, store.id()));
        String viewer = api.token(data.user().permissions("api.access", "cash.session.view").create());
        JsonObject cashLine = cashTender(viewer, session);
        assertEquals(new BigDecimal("49.50"), money(cashLine, "taken"));
        assertEquals(1, cashLine.getInt("returns"), "the X report lists the refund its drawer paid");
        assertEquals(new BigDecimal("9.70"), money(cashLine, "returned"));
        assertEquals(new BigDecimal("39.80"), money(cashLine, "net"));

        // 3: two more units of a, one is left: refused, nothing changes
        String before = snapshot(id, session, customer, a, store.id());
        Reply over = postReturn(token, id, returnBody("ORIGINAL", "otra vez", ret(items.get(a), 2)));
        assertEquals(422, over.status(), over.toString());
        assertEquals("return-exceeds-sold", over.problemType());
        assertTrue(over.json().getString("detail").contains("1"), over.toString());
        assertEquals(before, snapshot(id, session, customer, a, store.id()), "a refused return changes nothing");

        // the same key again: the first return, nothing new; the same key with another body: 422
        Reply replay = api.post(path, token, body1, "Idempotency-Key", key1);
        assertEquals(200, replay.status(), replay.toString());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(r1Id, replay.json().getJsonNumber("id").longValue());
        Reply reused = api.post(path, token, returnBody("WALLET", "talla equivocada", ret(items.get(a), 1)),
                "Idempotency-Key", key1);
        assertEquals(422, reused.status(), reused.toString());
        assertEquals("idempotency-key-reused", reused.problemType());
        assertEquals(before, snapshot(id, session, customer, a, store.id()));

        // the rest: the order is refunded, every point reversed, the drawer gave back all its cash
        Reply rest = postReturn(token, id, returnBody("ORIGINAL", "devuelve todo", ret(items.get(a), 1),
                ret(items.get(b), 1)));
        assertEquals(201, rest.status(), rest.toString());
        assertTrue(rest.json().getBoolean("complete"));
        assertEquals("REFUNDED", data.string("SELECT payment_status FROM orders WHERE id = ?", id));
        assertEquals("REFUNDED", data.string("SELECT status FROM orders WHERE id = ?", id));
        assertEquals("99.50", data.string("SELECT sum(amount) FROM payments WHERE order_id = ? AND status = 'REFUNDED'", id));
        assertEquals("49.50", data.string("SELECT sum(amount) FROM cash_movements WHERE session_id = ? AND type = 'REFUND'",
                session));
        assertEquals(0, points(customer));
        JsonObject drained = cashTender(viewer, session);
        assertEquals(2, drained.getInt("returns"));
        assertEquals(new BigDecimal("49.50"), money(drained, "returned"));
        assertEquals(new BigDecimal("0.00"), money(drained, "net"), "all the cash taken went back");
        assertEquals(10, onHand(a, store.id()));
        assertEquals(10, onHand(b, store.id()));
        assertEquals(3, data.number("SELECT count(*) FROM electronic_documents WHERE order_id = ? AND document_type = '07'"
                + " AND referenced_document_id = ?", id, boleta));
        Reply list = api.get(path, token);
        assertEquals(200, list.status(), list.toString());
        assertEquals(3, list.json().getJsonArray("items").size());
        Reply none = api.get(path + "/returnable", token);
        assertTrue(none.json().getJsonArray("items").stream()
                .allMatch(v -> v.asJsonObject().getInt("returnable") == 0), none.toString());
        Reply done = postReturn(token, id, returnBody("ORIGINAL", "x", ret(items.get(a), 1)));
        assertEquals(422, done.status(), done.toString());
    }

    @Test
    @DisplayName("outside the window, unpaid, a cash refund without an open session and bad bodies are refused")
    void refusals() throws Exception {
        ReturnFixtures.Store store = returns.store();
        NewProduct product = data.product().create();
        long v = product.variant(0).id();
        data.stock(v, store.id(), 10);
        NewUser seller = seller(store);
        String token = api.token(seller);

        long old = order(token, store, null, line(v, 1));
        pay(token, "/api/v1/orders/" + old + "/payments", "{\"method\": \"CARD\", \"amount\": 19.90, \"authCode\": \"AB1234\","
                + " \"cardLast4\": \"1111\"}");
        returns.soldDaysAgo(old, 31);
        long item = itemIds(old, v).get(v);
        Reply late = postReturn(token, old, returnBody("ORIGINAL", "tarde", ret(item, 1)));
        assertEquals(422, late.status(), late.toString());
        assertEquals("return-window-closed", late.problemType());
        returns.soldDaysAgo(old, 29);
        Reply inTime = postReturn(token, old, returnBody("ORIGINAL", "a tiempo", ret(item, 1)));
        assertEquals(201, inTime.status(), inTime.toString());
        assertEquals("CARD", inTime.json().getJsonArray("refunds").getJsonObject(0).getString("method"));

        long unpaid = order(token, store, null, line(v, 1));
        Reply notPaid = postReturn(token, unpaid, returnBody("ORIGINAL", "x", ret(itemIds(unpaid, v).get(v), 1)));
        assertEquals(422, notPaid.status(), notPaid.toString());
        assertEquals("order-not-paid", notPaid.problemType());

        long cashOrder = order(token, store, null, line(v, 2));
        pay(token, "/api/v1/orders/" + cashOrder + "/payments", "{\"method\": \"CASH\", \"amount\": 39.80, \"tendered\": 40.00}");
        NewUser supervisor = data.user().permissions("api.access", "order.view", "order.refund.approve").create();
        String other = api.token(supervisor);
        long cashItem = itemIds(cashOrder, v).get(v);
        String before = data.string("SELECT count(*) || '/' || (SELECT quantity_on_hand FROM inventory_stock"
                + " WHERE variant_id = ? AND location_id = ?) FROM order_returns WHERE order_id = ?", v, store.id(), cashOrder);
        Reply noSession = postReturn(other, cashOrder, returnBody("ORIGINAL", "sin caja", ret(cashItem, 1)));
        assertEquals(422, noSession.status(), noSession.toString());
        assertEquals("no-open-cash-session", noSession.problemType());
        Reply noCustomer = postReturn(other, cashOrder, returnBody("WALLET", "al monedero", ret(cashItem, 1)));
        assertEquals(422, noCustomer.status(), noCustomer.toString());
        assertEquals("refund-needs-customer", noCustomer.problemType());
        assertEquals(before, data.string("SELECT count(*) || '/' || (SELECT quantity_on_hand FROM inventory_stock"
                + " WHERE variant_id = ? AND location_id = ?) FROM order_returns WHERE order_id = ?", v, store.id(), cashOrder));

        Reply noKey = api.post("/api/v1/orders/" + cashOrder + "/returns", token, returnBody("ORIGINAL", "x", ret(cashItem, 1)));
        assertEquals(400, noKey.status(), noKey.toString());
        Reply badBody = postReturn(token, cashOrder,
                "{\"lines\": [{\"orderItemId\": \"x\", \"quantity\": 0}], \"refundMethod\": \"CHEQUE\", \"extra\": 1}");
        assertEquals(400, badBody.status(), badBody.toString());
        assertTrue(badBody.fieldErrors().keySet().containsAll(java.util.Set.of("lines[0].orderItemId", "refundMethod",
                "extra")), badBody.toString());
        Reply noReason = postReturn(token, cashOrder,
                "{\"lines\": [{\"orderItemId\": " + cashItem + ", \"quantity\": 1}]}");
        assertEquals(400, noReason.status(), noReason.toString());
        Reply forbidden = postReturn(api.token(data.user().permissions("api.access", "order.view").create()), cashOrder,
                returnBody("ORIGINAL", "x", ret(cashItem, 1)));
        assertEquals(403, forbidden.status(), forbidden.toString());
    }

    @Test
    @DisplayName("approving the cancellation of a paid order returns everything and refunds it (credit note 01)")
    void cancellationOfPaidOrder() throws Exception {
        ReturnFixtures.Store store = returns.store();
        NewProduct product = data.product().create();
        long v = product.variant(0).id();
        data.stock(v, store.id(), 5);
        NewUser seller = seller(store);
        String token = api.token(seller);
        NewUser approverUser = data.user().permissions("api.access", "order.view", "order.cancel.approve").create();
        long approverSession = cash.openSession(approverUser.id(), store.id(), "50.00");
        String approver = api.token(approverUser);

        long id = order(token, store, null, line(v, 2));
        pay(token, "/api/v1/orders/" + id + "/payments", "{\"method\": \"CASH\", \"amount\": 39.80, \"tendered\": 50.00}");
        assertEquals(3, onHand(v, store.id()));
        Reply requested = api.post("/api/v1/orders/" + id + "/transitions", token,
                "{\"to\": \"CANCELLED\", \"reason\": \"cliente se arrepintió\"}");
        assertEquals(202, requested.status(), requested.toString());
        long approval = requested.json().getJsonObject("approval").getJsonNumber("id").longValue();
        Reply approved = api.post("/api/v1/order-approvals/" + approval + "/approve", approver, "{\"reason\": \"ok\"}");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("CANCELLED", data.string("SELECT status FROM orders WHERE id = ?", id));
        assertEquals("REFUNDED", data.string("SELECT payment_status FROM orders WHERE id = ?", id));
        assertEquals(5, onHand(v, store.id()), "the units back in stock");
        assertEquals("39.80", data.string("SELECT amount FROM cash_movements WHERE session_id = ? AND type = 'REFUND'",
                approverSession), "the cash leaves the approver's drawer");
        assertEquals("39.80", data.string("SELECT sum(amount) FROM payments WHERE order_id = ? AND status = 'REFUNDED'", id));
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE order_id = ? AND document_type = '07'"
                + " AND note_reason_code = '01' AND sunat_status = 'PENDING' AND total_amount = 39.80", id));
        Reply moveRefunded = api.post("/api/v1/orders/" + order(token, store, null, line(v, 1)) + "/transitions", token,
                "{\"to\": \"REFUNDED\", \"reason\": \"x\"}");
        assertEquals(422, moveRefunded.status(), moveRefunded.toString());
    }

    @Test
    @DisplayName("another cashier at the store pays an order someone else started: the order's reservations are the order's")
    void reservationsOwnedByTheOrder() throws Exception {
        ReturnFixtures.Store store = returns.store();
        NewProduct product = data.product().create();
        long v = product.variant(0).id();
        data.stock(v, store.id(), 5);
        String first = api.token(seller(store));
        String second = api.token(seller(store));
        long id = order(first, store, null, line(v, 2));
        assertEquals(2, data.number("SELECT quantity_reserved FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                v, store.id()));
        pay(second, "/api/v1/orders/" + id + "/payments", "{\"method\": \"CASH\", \"amount\": 39.80, \"tendered\": 40.00}");
        assertEquals("PAID", data.string("SELECT status FROM orders WHERE id = ?", id));
        assertEquals(3, onHand(v, store.id()));
        assertEquals(0, data.number("SELECT quantity_reserved FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                v, store.id()));
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE action = 'RESERVATION_CONVERT'"
                + " AND new_values::text LIKE ?", "%" + data.string("SELECT order_number FROM orders WHERE id = ?", id) + "%"));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private NewUser seller(ReturnFixtures.Store store) throws Exception {
        NewUser user = data.user().permissions(SELLER).create();
        cash.openSession(user.id(), store.id(), "100.00");
        return user;
    }

    private long order(String token, ReturnFixtures.Store store, NewCustomer customer, JsonObject... lines) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject l : lines) {
            array.add(l);
        }
        JsonObjectBuilder o = Json.createObjectBuilder().add("locationId", store.id()).add("channel", "POS")
                .add("lines", array);
        if (customer != null) {
            o.add("customer", Json.createObjectBuilder().add("docType", customer.docType().name())
                    .add("docNumber", customer.docNumber()));
        }
        Reply created = api.post("/api/v1/orders", token, o.build().toString());
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    /** Posts a return of the order with a new Idempotency-Key. */
    private Reply postReturn(String token, long orderId, String body) {
        return api.post("/api/v1/orders/" + orderId + "/returns", token, body, "Idempotency-Key", "RET-" + TestData.suffix());
    }

    private void pay(String token, String path, String body) {
        Reply r = api.post(path, token, body, "Idempotency-Key", "PAY-" + TestData.suffix());
        assertEquals(201, r.status(), r.toString());
    }

    private Map<Long, Long> itemIds(long orderId, long... variants) throws Exception {
        Map<Long, Long> ids = new java.util.HashMap<>();
        for (long v : variants) {
            ids.put(v, data.number("SELECT id FROM order_items WHERE order_id = ? AND variant_id = ?", orderId, v));
        }
        return ids;
    }

    private static JsonObject line(long variantId, int quantity) {
        return Json.createObjectBuilder().add("variantId", variantId).add("quantity", quantity).build();
    }

    private static JsonObject ret(long orderItemId, int quantity) {
        return Json.createObjectBuilder().add("orderItemId", orderItemId).add("quantity", quantity).build();
    }

    private static String returnBody(String method, String reason, JsonObject... lines) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject l : lines) {
            array.add(l);
        }
        return Json.createObjectBuilder().add("lines", array).add("refundMethod", method).add("reason", reason)
                .build().toString();
    }

    private String wallet(NewCustomer customer) throws Exception {
        return data.string("SELECT balance FROM customer_wallets WHERE customer_id = ?", customer.id());
    }

    private long points(NewCustomer customer) throws Exception {
        return data.number("SELECT points_balance FROM loyalty_accounts WHERE customer_id = ?", customer.id());
    }

    private long onHand(long variantId, int locationId) throws Exception {
        return data.number("SELECT quantity_on_hand FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                variantId, locationId);
    }

    /** What a return changes, as one text. */
    private String snapshot(long orderId, long session, NewCustomer customer, long variantId, int locationId)
            throws Exception {
        return data.string("SELECT (SELECT count(*) FROM order_returns WHERE order_id = ?) || '/'"
                + " || (SELECT count(*) FROM payments WHERE order_id = ?) || '/'"
                + " || (SELECT count(*) FROM cash_movements WHERE session_id = ?) || '/'"
                + " || (SELECT balance FROM customer_wallets WHERE customer_id = ?) || '/'"
                + " || (SELECT points_balance FROM loyalty_accounts WHERE customer_id = ?) || '/'"
                + " || (SELECT quantity_on_hand FROM inventory_stock WHERE variant_id = ? AND location_id = ?) || '/'"
                + " || (SELECT count(*) FROM electronic_documents WHERE order_id = ?) || '/'"
                + " || (SELECT payment_status || status FROM orders WHERE id = ?)",
                orderId, orderId, session, customer.id(), customer.id(), variantId, locationId, orderId, orderId);
    }

    /** The CASH line of the session's X report. */
    private JsonObject cashTender(String token, long session) {
        Reply report = api.get("/api/v1/cash-sessions/" + session + "/report", token);
        assertEquals(200, report.status(), report.toString());
        return report.json().getJsonArray("tenders").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("method").equals("CASH")).findFirst().orElseThrow();
    }

    private static BigDecimal money(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue().setScale(2);
    }
}
