package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.CashFixtures;
import pe.colca.testing.InvoicingFixtures;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewCustomer;
import pe.colca.testing.TestData.NewLocation;
import pe.colca.testing.TestData.NewProduct;
import pe.colca.testing.TestData.NewUser;

/**
 * {@code /api/v1/orders} end to end (issue 12, sales): a sale paid with split tender leaves stock,
 * reservations, payments, status, history and loyalty consistent; payments happen exactly once (100
 * concurrent replays of one key make one payment; the same key with another amount is 422); the status
 * machine refuses illegal moves and missing permissions, and a move that needs approval waits for
 * another user; history rows carry the client address (X-Forwarded-For only from a trusted proxy).
 */
class SalesOrderApiIT extends ClientIntegration {

    private static final String[] SELLER = {"api.access", "order.view", "order.create", "order.edit", "order.cancel",
            "order.fulfill", "inventory.reserve", "inventory.view", "payment.create", "payment.view", "customer.view"};

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();
    private final InvoicingFixtures invoicing = new InvoicingFixtures(data);
    private final CashFixtures cash = new CashFixtures(data);

    /** A store that sells, with a boleta and a factura series (a paid order requests its document). */
    private NewLocation store() throws Exception {
        NewLocation store = data.location().create();
        long company = invoicing.company();
        invoicing.series(company, store.id(), "03", invoicing.newSeries('B'), 0);
        invoicing.series(company, store.id(), "01", invoicing.newSeries('F'), 0);
        invoicing.series(company, store.id(), "07", invoicing.newSeries('B'), 0); // a cancelled sale's credit note
        return store;
    }

    @Test
    @DisplayName("a sale with split tender: stock, reservations, payments, status, history and loyalty agree")
    void splitTenderSale() throws Exception {
        NewLocation store = store();
        NewProduct product = data.product().variants(2).create();
        long a = product.variant(0).id();
        long b = product.variant(1).id();
        data.stock(a, store.id(), 10);
        data.stock(b, store.id(), 10);
        NewCustomer customer = data.customer();
        NewUser seller = cashier(store);
        String token = api.token(seller);
        String manager = api.token(data.user().permissions("api.access", "customer.view", "loyalty.adjust",
                "payment.create").create());
        assertEquals(201, api.post("/api/v1/customers/" + customer.id() + "/wallet/top-ups", manager,
                "{\"amount\": 50.00, \"reference\": \"TOPUP-" + TestData.suffix() + "\"}").status());
        assertEquals(201, api.post("/api/v1/customers/" + customer.id() + "/loyalty/adjustments", manager,
                "{\"points\": 1000, \"reason\": \"prueba\"}").status());

        Reply created = api.post("/api/v1/orders", token, order(store, customer, line(a, 3), line(b, 2)),
                "Idempotency-Key", "ORD-" + TestData.suffix());
        assertEquals(201, created.status(), created.toString());
        JsonObject order = created.json();
        long id = order.getJsonNumber("id").longValue();
        assertEquals("DRAFT", order.getString("status"));
        assertEquals(new BigDecimal("99.50"), money(order, "grandTotal"), "5 × S/ 19.90, IGV included");
        assertTrue(order.getString("orderNumber").startsWith(store.code() + "-"));
        assertEquals(2, data.number("SELECT count(*) FROM inventory_reservations WHERE session_id = ?", "order:" + id));
        assertEquals(3, data.number("SELECT quantity_reserved FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                a, store.id()));

        String path = "/api/v1/orders/" + id + "/payments";
        Reply cash = pay(token, path, "{\"method\": \"CASH\", \"amount\": 20.00, \"tendered\": 50.00}");
        assertEquals(new BigDecimal("30.00"), money(cash.json(), "change"));
        assertEquals("PARTIALLY_PAID", cash.json().getJsonObject("order").getString("paymentStatus"));
        assertEquals("PENDING_PAYMENT", cash.json().getJsonObject("order").getString("status"));
        pay(token, path, "{\"method\": \"CARD\", \"amount\": 30.00, \"authCode\": \"A1B2C3\", \"cardLast4\": \"4242\"}");
        pay(token, path, "{\"method\": \"YAPE\", \"amount\": 10.00, \"reference\": \"YP-778899\"}");
        pay(token, path, "{\"method\": \"WALLET\", \"amount\": 20.00}");
        pay(token, path, "{\"method\": \"LOYALTY\", \"points\": 1000}");
        Reply last = pay(token, path, "{\"method\": \"CASH\", \"amount\": 9.50, \"tendered\": 10.00}");
        JsonObject after = last.json().getJsonObject("order");
        long session = data.number("SELECT id FROM cash_sessions WHERE user_id = ? AND status = 'OPEN'", seller.id());
        assertEquals("29.50", data.string("SELECT sum(amount) FROM cash_movements WHERE session_id = ? AND type = 'SALE'"
                + " AND payment_id IS NOT NULL", session), "the two cash tenders are SALE movements of the drawer");
        assertEquals(6, data.number("SELECT count(*) FROM payments WHERE order_id = ? AND cash_session_id = ?", id, session),
                "every tender taken at the till joins its open session (per-tender totals of X and Z)");
        assertEquals("PAID", after.getString("status"), last.toString());
        assertEquals("PAID", after.getString("paymentStatus"));
        assertEquals(new BigDecimal("99.50"), money(after, "paid"));

        assertEquals(6, data.number("SELECT count(*) FROM payments WHERE order_id = ? AND status = 'APPROVED'", id));
        assertEquals("99.50", data.string("SELECT sum(amount) FROM payments WHERE order_id = ?", id));
        assertEquals(0, data.number("SELECT count(*) FROM inventory_reservations WHERE session_id = ?", "order:" + id));
        assertEquals(7, data.number("SELECT quantity_on_hand FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                a, store.id()));
        assertEquals(8, data.number("SELECT quantity_on_hand FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                b, store.id()));
        assertEquals(0, data.number("SELECT sum(quantity_reserved) FROM inventory_stock WHERE variant_id IN (?, ?)"
                + " AND location_id = ?", a, b, store.id()));
        assertEquals(2, data.number("SELECT count(*) FROM inventory_movements WHERE movement_type = 'SALE'"
                + " AND from_location_id = ? AND variant_id IN (?, ?)", store.id(), a, b));
        assertEquals(List.of("-DRAFT", "DRAFT-PENDING_PAYMENT", "PENDING_PAYMENT-PAID"), history(token, id));
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE order_id = ? AND document_type = '03'"
                + " AND sunat_status = 'PENDING' AND total_amount = 99.50", id), "the boleta requested with the sale");
        assertEquals(99, data.number("SELECT points_earned FROM loyalty_order_points WHERE order_id = ?", id),
                "1 point per S/ (REGULAR), rounded down");
        assertEquals("30.00", data.string("SELECT balance FROM customer_wallets WHERE customer_id = ?", customer.id()));
        assertEquals(99, data.number("SELECT points_balance FROM loyalty_accounts WHERE customer_id = ?", customer.id()),
                "1000 redeemed, 99 earned");
        Reply more = api.post(path, token, "{\"method\": \"CASH\", \"amount\": 1.00, \"tendered\": 1.00}",
                "Idempotency-Key", "PAY-" + TestData.suffix());
        assertEquals(422, more.status(), more.toString());
        assertEquals("order-not-payable", more.problemType());
    }

    @Test
    @DisplayName("100 concurrent replays of one payment make one payment; the same key with another amount is 422")
    void paymentExactlyOnce() throws Exception {
        NewLocation store = store();
        NewProduct product = data.product().create();
        data.stock(product.variant(0).id(), store.id(), 5);
        String token = api.token(cashier(store));
        long id = api.post("/api/v1/orders", token, order(store, null, line(product.variant(0).id(), 2)))
                .json().getJsonNumber("id").longValue();
        String key = "PAY-" + TestData.suffix();
        String body = "{\"method\": \"CARD\", \"amount\": 10.00, \"authCode\": \"ZX9911\", \"cardLast4\": \"0005\"}";
        ExecutorService pool = Executors.newFixedThreadPool(25);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/v1/orders/" + id + "/payments", token, body, "Idempotency-Key", key);
                }));
            }
            start.countDown();
            int created = 0;
            long paymentId = -1;
            for (Future<Reply> f : replies) {
                Reply r = f.get();
                assertTrue(r.status() == 201 || r.status() == 200, r.toString());
                created += r.status() == 201 ? 1 : 0;
                long p = r.json().getJsonObject("payment").getJsonNumber("id").longValue();
                assertTrue(paymentId == -1 || paymentId == p, "every reply names the one payment");
                paymentId = p;
                if (r.status() == 200) {
                    assertEquals("true", r.header("Idempotent-Replayed"));
                }
            }
            assertEquals(1, created, "one request charged, 99 replayed");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, data.number("SELECT count(*) FROM payments WHERE idempotency_key = ?", key));
        assertEquals(1, data.number("SELECT count(*) FROM payments WHERE order_id = ?", id));
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE action = 'PAYMENT' AND entity_id = ("
                + "SELECT id::text FROM payments WHERE idempotency_key = ?)", key));

        Reply other = api.post("/api/v1/orders/" + id + "/payments", token,
                "{\"method\": \"CARD\", \"amount\": 11.00, \"authCode\": \"ZX9911\", \"cardLast4\": \"0005\"}",
                "Idempotency-Key", key);
        assertEquals(422, other.status(), other.toString());
        assertEquals("idempotency-key-reused", other.problemType());
        assertEquals(1, data.number("SELECT count(*) FROM payments WHERE order_id = ?", id));
        Reply noKey = api.post("/api/v1/orders/" + id + "/payments", token, body);
        assertEquals(400, noKey.status(), noKey.toString());
        Reply tooMuch = api.post("/api/v1/orders/" + id + "/payments", token,
                "{\"method\": \"YAPE\", \"amount\": 100.00, \"reference\": \"YP-1\"}", "Idempotency-Key", "PAY-" + TestData.suffix());
        assertEquals(422, tooMuch.status(), tooMuch.toString());
        assertEquals("payment-exceeds-due", tooMuch.problemType());
        assertEquals("PARTIALLY_PAID", data.string("SELECT payment_status FROM orders WHERE id = ?", id));
    }

    @Test
    @DisplayName("creating an order is idempotent by its key; bad stores, unsellable variants and big anonymous boletas are refused")
    void orderCreationRules() throws Exception {
        NewLocation store = store();
        NewLocation warehouse = data.location().warehouse().sells(false).create();
        NewProduct product = data.product().create();
        NewProduct draft = data.product().status("DRAFT").create();
        NewProduct dear = data.product().price("800.00").create();
        data.stock(product.variant(0).id(), store.id(), 5);
        data.stock(dear.variant(0).id(), store.id(), 5);
        String token = api.token(cashier(store));
        String key = "11111111-2222-3333-4444-" + TestData.suffix() + "ab";
        String body = order(store, null, line(product.variant(0).id(), 1));
        Reply first = api.post("/api/v1/orders", token, body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.toString());
        Reply again = api.post("/api/v1/orders", token, body, "Idempotency-Key", key);
        assertEquals(200, again.status(), again.toString());
        assertEquals(first.json().getJsonNumber("id").longValue(), again.json().getJsonNumber("id").longValue());
        assertEquals(1, data.number("SELECT count(*) FROM orders WHERE external_id = ?", key));
        assertEquals(1, data.number("SELECT count(*) FROM inventory_reservations WHERE session_id = ?",
                "order:" + first.json().getJsonNumber("id").longValue()), "the replay reserved nothing");
        Reply changed = api.post("/api/v1/orders", token, order(store, null, line(product.variant(0).id(), 2)),
                "Idempotency-Key", key);
        assertEquals(422, changed.status(), changed.toString());
        assertEquals("idempotency-key-reused", changed.problemType());

        long before = data.number("SELECT count(*) FROM orders");
        Reply notSelling = api.post("/api/v1/orders", token, order(warehouse, null, line(product.variant(0).id(), 1)));
        assertEquals(422, notSelling.status(), notSelling.toString());
        Reply notForSale = api.post("/api/v1/orders", token, order(store, null, line(draft.variant(0).id(), 1)));
        assertEquals(422, notForSale.status(), notForSale.toString());
        assertEquals("not-for-sale", notForSale.problemType());
        Reply bad = api.post("/api/v1/orders", token, "{\"locationId\": \"x\", \"channel\": \"FAX\", \"lines\": [{\"quantity\": 0}]}");
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.fieldErrors().containsKey("locationId") && bad.fieldErrors().containsKey("channel"), bad.toString());
        assertEquals(before, data.number("SELECT count(*) FROM orders"), "refusals write nothing");

        long big = api.post("/api/v1/orders", token, order(store, null, line(dear.variant(0).id(), 1)))
                .json().getJsonNumber("id").longValue();
        Reply boleta = api.post("/api/v1/orders/" + big + "/payments", token,
                "{\"method\": \"CASH\", \"amount\": 800.00, \"tendered\": 800.00}", "Idempotency-Key", "PAY-" + TestData.suffix());
        assertEquals(422, boleta.status(), boleta.toString());
        assertEquals("document-needs-buyer", boleta.problemType());
        assertEquals(0, data.number("SELECT count(*) FROM payments WHERE order_id = ?", big));
    }

    @Test
    @DisplayName("status machine: illegal move 422, missing permission 403, approval by another user (not the requester)")
    void statusMachine() throws Exception {
        NewLocation store = store();
        NewProduct product = data.product().create();
        data.stock(product.variant(0).id(), store.id(), 5);
        String seller = api.token(cashier(store));
        String viewer = api.token(data.user().permissions("api.access", "order.view").create());
        NewUser approverUser = data.user().permissions("api.access", "order.view", "order.cancel",
                "order.cancel.approve", "inventory.reserve", "order.fulfill").create();
        cash.openSession(approverUser.id(), store.id(), "50.00"); // the approved cancellation refunds the cash
        String approver = api.token(approverUser);
        String selfApprover = api.token(cashier(store, "order.cancel.approve"));
        long id = api.post("/api/v1/orders", selfApprover, order(store, null, line(product.variant(0).id(), 1)))
                .json().getJsonNumber("id").longValue();
        String moves = "/api/v1/orders/" + id + "/transitions";

        Reply illegal = api.post(moves, seller, "{\"to\": \"DELIVERED\"}");
        assertEquals(422, illegal.status(), illegal.toString());
        assertEquals("transition-not-allowed", illegal.problemType());
        Reply forbidden = api.post(moves, viewer, "{\"to\": \"CANCELLED\", \"reason\": \"x\"}");
        assertEquals(403, forbidden.status(), forbidden.toString());
        assertEquals("transition-forbidden", forbidden.problemType());
        Reply actions = api.get("/api/v1/orders/" + id + "/actions", seller);
        assertEquals(List.of("PENDING_PAYMENT", "CANCELLED"), actions.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("to")).toList(), "by priority");
        assertEquals(1, history(seller, id).size(), "refusals wrote no history");

        pay(selfApprover, "/api/v1/orders/" + id + "/payments", "{\"method\": \"CASH\", \"amount\": 19.90, \"tendered\": 20.00}");
        Reply requested = api.post(moves, selfApprover, "{\"to\": \"CANCELLED\", \"reason\": \"cliente se arrepintió\"}");
        assertEquals(202, requested.status(), requested.toString());
        long approval = requested.json().getJsonObject("approval").getJsonNumber("id").longValue();
        assertEquals("PAID", requested.json().getJsonObject("order").getString("status"));
        Reply self = api.post("/api/v1/order-approvals/" + approval + "/approve", selfApprover, "{}");
        assertEquals(422, self.status(), self.toString());
        assertEquals("order-self-approval", self.problemType());
        Reply noPermission = api.post("/api/v1/order-approvals/" + approval + "/approve", seller, "{}");
        assertEquals(403, noPermission.status(), noPermission.toString());
        Reply queue = api.get("/api/v1/order-approvals?limit=200", approver);
        assertTrue(queue.json().getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == approval), queue.toString());
        Reply approved = api.post("/api/v1/order-approvals/" + approval + "/approve", approver, "{\"reason\": \"ok\"}");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("CANCELLED", approved.json().getJsonObject("order").getString("status"));
        assertEquals(List.of("-DRAFT", "DRAFT-PENDING_PAYMENT", "PENDING_PAYMENT-PAID", "PAID-CANCELLED"),
                history(seller, id));
        assertNotEquals(data.string("SELECT requested_by::text FROM order_approval_requests WHERE id = ?", approval),
                data.string("SELECT changed_by::text FROM order_status_history WHERE order_id = ? AND new_status = 'CANCELLED'", id));
        Reply twice = api.post("/api/v1/order-approvals/" + approval + "/approve", approver, "{}");
        assertEquals(409, twice.status(), twice.toString());
    }

    @Test
    @DisplayName("history rows carry the client address: X-Forwarded-For from a trusted proxy only")
    void clientAddress() throws Exception {
        NewLocation store = store();
        NewProduct product = data.product().create();
        data.stock(product.variant(0).id(), store.id(), 5);
        String token = api.token(cashier(store));
        String admin = api.token(DemoUser.ADMIN.email());
        try {
            setTrustedProxies(admin, "127.0.0.1, ::1");
            long trusted = api.post("/api/v1/orders", token, order(store, null, line(product.variant(0).id(), 1)))
                    .json().getJsonNumber("id").longValue();
            Reply moved = api.post("/api/v1/orders/" + trusted + "/transitions", token,
                    "{\"to\": \"PENDING_PAYMENT\"}", "X-Forwarded-For", "198.51.100.66, 203.0.113.9");
            assertEquals(200, moved.status(), moved.toString());
            assertEquals("203.0.113.9", ip(trusted, "PENDING_PAYMENT"), "the rightmost untrusted hop");

            setTrustedProxies(admin, "-");
            long untrusted = api.post("/api/v1/orders", token, order(store, null, line(product.variant(0).id(), 1)))
                    .json().getJsonNumber("id").longValue();
            assertEquals(200, api.post("/api/v1/orders/" + untrusted + "/transitions", token,
                    "{\"to\": \"PENDING_PAYMENT\"}", "X-Forwarded-For", "203.0.113.9").status());
            String peer = ip(untrusted, "PENDING_PAYMENT");
            assertNotEquals("203.0.113.9", peer, "a header from an untrusted peer is ignored");
            assertEquals(ip(untrusted, "DRAFT"), peer, "the TCP peer, as for the first row");
        } finally {
            setTrustedProxies(admin, "-");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private Reply pay(String token, String path, String body) {
        Reply r = api.post(path, token, body, "Idempotency-Key", "PAY-" + TestData.suffix());
        assertEquals(201, r.status(), r.toString());
        assertFalse(r.json().getBoolean("replayed"));
        return r;
    }

    private List<String> history(String token, long id) {
        Reply r = api.get("/api/v1/orders/" + id + "/history", token);
        assertEquals(200, r.status(), r.toString());
        JsonArray items = r.json().getJsonArray("items");
        return items.stream().map(v -> v.asJsonObject())
                .map(h -> (h.isNull("previousStatus") ? "" : h.getString("previousStatus")) + "-" + h.getString("newStatus"))
                .toList();
    }

    private String ip(long orderId, String newStatus) throws Exception {
        return data.string("SELECT ip_address FROM order_status_history WHERE order_id = ? AND new_status = ?",
                orderId, newStatus);
    }

    private void setTrustedProxies(String admin, String value) {
        Reply current = api.get("/api/v1/settings/security.trusted_proxies", admin);
        assertEquals(200, current.status(), current.toString());
        Reply saved = api.put("/api/v1/settings/security.trusted_proxies", admin,
                Json.createObjectBuilder().add("value", value).build().toString(), "If-Match", current.header("ETag"));
        assertEquals(200, saved.status(), saved.toString());
    }

    private static String order(NewLocation store, NewCustomer customer, JsonObject... lines) {
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
        return o.build().toString();
    }

    private static JsonObject line(long variantId, int quantity) {
        return Json.createObjectBuilder().add("variantId", variantId).add("quantity", quantity).build();
    }

    private static BigDecimal money(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue().setScale(2);
    }

    /** A seller (with {@code more} permissions) with an open cash session at the store: cash goes into one. */
    private NewUser cashier(NewLocation store, String... more) throws Exception {
        String[] permissions = SELLER;
        for (String p : more) {
            permissions = concat(permissions, p);
        }
        NewUser user = data.user().permissions(permissions).create();
        cash.openSession(user.id(), store.id(), "100.00");
        return user;
    }

    private static String[] concat(String[] a, String b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + 1);
        all[a.length] = b;
        return all;
    }

    @SuppressWarnings("unused")
    private static final IdentityDocumentType DNI = IdentityDocumentType.DNI;
}
