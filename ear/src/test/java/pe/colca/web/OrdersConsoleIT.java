package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.CashFixtures;
import pe.colca.testing.InvoicingFixtures;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewLocation;
import pe.colca.testing.TestData.NewProduct;
import pe.colca.testing.TestData.NewUser;

/**
 * Ventas → Pedidos in a real browser: a paid order (made through the API) whose cancellation waits for
 * approval is on the order page with its status, payments and timeline (with the client address); the
 * approver finds the request in the queue of the orders list and approves it, and the order is cancelled.
 */
class OrdersConsoleIT extends ClientIntegration {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();

    @Test
    @DisplayName("order page with payments and timeline; the approval queue approves a cancellation")
    void orderPageAndApprovalQueue() throws Exception {
        NewLocation store = data.location().create();
        InvoicingFixtures invoicing = new InvoicingFixtures(data);
        long company = invoicing.company();
        invoicing.series(company, store.id(), "03", invoicing.newSeries('B'), 0);
        invoicing.series(company, store.id(), "07", invoicing.newSeries('B'), 0); // the cancellation's credit note
        NewProduct product = data.product().create();
        data.stock(product.variant(0).id(), store.id(), 3);
        NewUser seller = data.user().permissions("api.access", "order.view", "order.create", "order.cancel",
                "inventory.reserve", "payment.create", "payment.view").create();
        new CashFixtures(data).openSession(seller.id(), store.id(), "50.00"); // cash goes into an open session
        NewUser approver = data.user().permissions("order.view", "order.cancel.approve", "payment.view").create();
        new CashFixtures(data).openSession(approver.id(), store.id(), "50.00"); // the cash goes back from his drawer
        String token = api.token(seller);
        Reply created = api.post("/api/v1/orders", token, Json.createObjectBuilder().add("locationId", store.id())
                .add("channel", "POS").add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("variantId", product.variant(0).id()).add("quantity", 1))).build().toString());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        String number = created.json().getString("orderNumber");
        assertEquals(201, api.post("/api/v1/orders/" + id + "/payments", token,
                "{\"method\": \"CASH\", \"amount\": 19.90, \"tendered\": 20.00}", "Idempotency-Key",
                "PAY-" + TestData.suffix()).status());
        assertEquals(202, api.post("/api/v1/orders/" + id + "/transitions", token,
                "{\"to\": \"CANCELLED\", \"reason\": \"prueba de consola\"}").status());

        browser.open("/backoffice/sales/order.xhtml?id=" + id);
        browser.login(approver);
        assertEquals("Pagado", browser.visible("order-status").getText());
        String payments = browser.visible("order-form:payments-table_data").getText();
        assertTrue(payments.contains("Efectivo") && payments.contains("S/ 19.90"), payments);
        String timeline = browser.visible("order-form:history-table_data").getText();
        assertTrue(timeline.contains("Pendiente de pago → Pagado"), timeline);
        assertTrue(timeline.contains(data.string("SELECT ip_address FROM order_status_history WHERE order_id = ?"
                + " AND new_status = 'PAID'", id)), timeline);
        browser.screenshot("order");

        browser.open("/backoffice/sales/orders.xhtml");
        String queue = browser.visible("approvals-form:approvals-table_data").getText();
        assertTrue(queue.contains("prueba de consola"), queue);
        browser.type("orders-form:order-search", number);
        browser.await(d -> d.findElement(By.id("orders-form:orders-table_data")).getText().contains(number) ? true : null);
        java.util.List<org.openqa.selenium.WebElement> rows = browser.driver()
                .findElement(By.id("approvals-form:approvals-table_data")).findElements(By.tagName("tr"));
        int row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains("prueba de consola")) {
                row = i;
            }
        }
        assertTrue(row >= 0, queue);
        browser.click("approvals-form:approvals-table:" + row + ":approve");
        browser.awaitAjax();
        assertEquals("CANCELLED", data.string("SELECT status FROM orders WHERE id = ?", id));
        assertEquals(approver.id(), data.number("SELECT changed_by FROM order_status_history WHERE order_id = ?"
                + " AND new_status = 'CANCELLED'", id));
    }
}
