package pe.colca.testing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import pe.colca.testing.TestData.NewLocation;
import pe.colca.testing.TestData.NewProduct;
import pe.colca.testing.TestData.NewUser;

/**
 * Shared steps of the POS browser tests (Ventas → Punto de venta): a till ready to sell (a store with its
 * boleta and factura series, products in stock, a cashier of that store with an open cash session), the
 * keyboard as a scanner types it (keys go to whatever has the focus), the dialogs (F2 customer, F4
 * payment) and what the page shows. Everything else is {@link Browser} and {@link TestData}.
 */
public final class PosSteps {

    public static final String PAGE = "/backoffice/sales/pos.xhtml";
    /** What a cashier of the tests may do (as the cashier role): sell, take payments, look customers up and register them, see the sale's document. */
    public static final String[] CASHIER = {"order.view", "order.create", "order.edit", "order.cancel", "payment.create",
        "payment.view", "catalog.product.view", "inventory.location.view", "inventory.reserve", "inventory.view",
        "customer.view", "customer.create", "sunat.document.view"};

    private final Browser browser;
    private final TestData data;

    public PosSteps(Browser browser, TestData data) {
        this.browser = browser;
        this.data = data;
    }

    /** A store ready to sell the products, its cashier and the cashier's open session. */
    public record Till(NewLocation store, List<NewProduct> products, NewUser cashier, long session) {

        public NewProduct product(int i) {
            return products.get(i);
        }
    }

    /**
     * A new store with a boleta and a factura series, one product per price with 10 units there, and a
     * cashier of that store only with an open cash session (S/ 100.00).
     */
    public Till till(String... prices) throws SQLException {
        NewLocation store = data.location().create();
        List<NewProduct> products = new ArrayList<>();
        for (String price : prices) {
            NewProduct p = data.product().name("Producto POS " + TestData.suffix()).price(price).create();
            data.stock(p.variant(0).id(), store.id(), 10);
            products.add(p);
        }
        NewUser cashier = data.user().permissions(CASHIER).locations(store).create();
        InvoicingFixtures invoicing = new InvoicingFixtures(data);
        long company = invoicing.company();
        invoicing.series(company, store.id(), "03", invoicing.newSeries('B'), 0);
        invoicing.series(company, store.id(), "01", invoicing.newSeries('F'), 0);
        long session = new CashFixtures(data).openSession(cashier.id(), store.id(), "100.00");
        return new Till(store, List.copyOf(products), cashier, session);
    }

    /** The cashier on the POS page, the scan box ready. */
    public void open(Till till) {
        browser.openAs(till.cashier(), PAGE);
        browser.visible("pos-scan");
        browser.awaitText("pos-keys", "F4");
    }

    /** Keys typed into whatever has the focus (a scanner's keyboard wedge). */
    public void keys(CharSequence text) {
        browser.awaitAjax();
        new Actions(browser.driver()).sendKeys(text).perform();
        browser.awaitAjax();
    }

    /** Scans the product's barcode (code + Enter) and waits for its line. */
    public void scan(NewProduct product) {
        keys(product.variant(0).barcode() + Keys.ENTER);
        browser.awaitText("pos-form:pos-lines", product.name());
    }

    /** The id of the POS order the till's scans made (one per sale). */
    public long order(Till till) throws SQLException {
        return data.number("SELECT max(id) FROM orders WHERE location_id = ? AND channel = 'POS'", till.store().id());
    }

    /** F2: the customer dialog, its document number field focused. */
    public void openCustomer() {
        keys(Keys.F2.toString());
        browser.visible("customer-form:customer-number");
        awaitFocus("customer-form:customer-number");
    }

    /** F2, a document, Buscar: the customer of the sale when he exists, else the create form shows. */
    public void lookUpCustomer(String docType, String number) {
        openCustomer();
        if (!"DNI".equals(docType)) {
            browser.selectOneMenu("customer-form:customer-type", docType);
        }
        browser.type("customer-form:customer-number", number);
        browser.click("customer-form:customer-find");
        browser.awaitAjax();
    }

    /** F4: the payment dialog. */
    public void openPayment() {
        keys(Keys.F4.toString());
        browser.visible("pay-form:pay-method");
        browser.awaitAjax();
    }

    /** The payment method of the open dialog, by its label (Efectivo, Tarjeta, ...). */
    public void method(String label) {
        browser.selectOneMenu("pay-form:pay-method", label);
    }

    /** Picks the document (Boleta, Factura) on the sale. */
    public void document(String label) {
        browser.click(By.xpath("//*[@id='pos-form:pos-document']//*[contains(@class,'ui-button')][normalize-space(.)='"
                + label + "']"));
        browser.awaitAjax();
    }

    /** The text of the growl (refusals and notices), once it contains {@code text}. */
    public String awaitGrowl(String text) {
        return browser.awaitText(By.cssSelector(".ui-growl"), text);
    }

    /** Waits until the element with this id has the focus. */
    public void awaitFocus(String id) {
        browser.await(d -> id.equals(d.switchTo().activeElement().getAttribute("id")));
    }

    /** The id of the element that has the focus. */
    public String focused() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    /**
     * Whether the element is shown whole inside the viewport, without scrolling (the tablet layout): its
     * bounding box within {@code innerWidth × innerHeight} and the element is what the page shows at its
     * centre (not covered).
     */
    public boolean inViewport(String id) {
        WebElement element = browser.visible(id);
        Object fits = ((JavascriptExecutor) browser.driver()).executeScript(
                "var e = arguments[0], r = e.getBoundingClientRect();"
                        + " if (r.width === 0 || r.height === 0) { return false; }"
                        + " if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth) { return false; }"
                        + " var at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + " return at !== null && (at === e || e.contains(at) || at.contains(e));", element);
        return Boolean.TRUE.equals(fits);
    }
}
