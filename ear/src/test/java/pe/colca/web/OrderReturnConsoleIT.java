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
import pe.colca.testing.CashFixtures;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.ReturnFixtures;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewProduct;
import pe.colca.testing.TestData.NewUser;

/**
 * The order page's <em>Devolver</em> (issue 12, returns): a supervisor opens the dialog on a paid order, takes
 * one of two units back by the original tender and confirms; the page shows the return with its credit note
 * and the stock, the refund and the note are in the database.
 */
class OrderReturnConsoleIT extends ClientIntegration {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();

    @Test
    @DisplayName("Devolver on the order page: one unit back by the card, the return listed with its credit note")
    void returnFromTheOrderPage() throws Exception {
        ReturnFixtures.Store store = new ReturnFixtures(data).store();
        NewProduct product = data.product().create();
        long variant = product.variant(0).id();
        data.stock(variant, store.id(), 5);
        NewUser seller = data.user().permissions("api.access", "order.view", "order.create", "inventory.reserve",
                "payment.create", "payment.view").create();
        new CashFixtures(data).openSession(seller.id(), store.id(), "50.00");
        NewUser supervisor = data.user().permissions("order.view", "order.refund.approve", "payment.view").create();
        String token = api.token(seller);
        Reply created = api.post("/api/v1/orders", token, Json.createObjectBuilder().add("locationId", store.id())
                .add("channel", "POS").add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("variantId", variant).add("quantity", 2))).build().toString());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(201, api.post("/api/v1/orders/" + id + "/payments", token,
                "{\"method\": \"CARD\", \"amount\": 39.80, \"authCode\": \"AB1234\", \"cardLast4\": \"4242\"}",
                "Idempotency-Key", "PAY-" + TestData.suffix()).status());

        browser.open("/backoffice/sales/order.xhtml?id=" + id);
        browser.login(supervisor);
        browser.click("returns-form:return-open");
        browser.visible("returns-form:return-dialog");
        browser.type("returns-form:return-lines:0:return-qty_input", "1");
        browser.type("returns-form:return-reason", "talla equivocada");
        browser.click("returns-form:return-confirm");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        String listed = browser.awaitText("returns-form:returns-table_data", "-D01");
        assertTrue(listed.contains("S/ 19.90") && listed.contains(store.boletaNoteSeries() + "-1"), listed);
        browser.screenshot("order-return");

        assertEquals(1, data.number("SELECT count(*) FROM order_returns WHERE order_id = ?", id));
        assertEquals(4, data.number("SELECT quantity_on_hand FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                variant, store.id()));
        assertEquals("19.90", data.string("SELECT amount FROM payments WHERE order_id = ? AND status = 'REFUNDED'"
                + " AND method = 'CARD'", id));
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE order_id = ? AND document_type = '07'"
                + " AND note_reason_code = '07' AND note_reason = 'talla equivocada'", id));
        assertEquals("PAID", data.string("SELECT payment_status FROM orders WHERE id = ?", id));
    }
}
