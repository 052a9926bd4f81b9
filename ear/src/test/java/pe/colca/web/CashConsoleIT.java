package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewLocation;
import pe.colca.testing.TestData.NewUser;

/**
 * The cashier's register in a real browser: open the session with a starting cash, a pay-in with its reason,
 * the printable X report with the expected cash, and the blind close with the count by denomination — the
 * expected cash appears only after the count is submitted.
 */
class CashConsoleIT extends ClientIntegration {

    private static final String REGISTER = "/backoffice/cash/register.xhtml";

    @RegisterExtension
    static final Browser browser = new Browser();

    private final TestData data = TestData.client();

    @Test
    @DisplayName("open with S/ 100, pay-in S/ 25, X report S/ 125.00, close with a count: discrepancy S/ 0.00")
    void openPayInReportAndClose() throws Exception {
        NewLocation store = data.location().create();
        NewLocation noSales = data.location().sells(false).create();
        NewUser cashier = data.scopedUser(List.of(store, noSales), "cash.session.open", "cash.session.close",
                "cash.movement", "inventory.location.view");

        browser.openAs(cashier, REGISTER);
        browser.awaitText("page-title", "Mi caja");
        assertFalse(browser.driver().getPageSource().contains(noSales.code()),
                "a store that does not sell is not offered (the service refuses it: cash-location-not-selling)");
        browser.type("cash-open-form:cash-open-starting_input", "100.00");
        browser.click("cash-open-form:cash-open");
        browser.awaitText("cash-session-state", "Abierta");
        long id = data.number("SELECT id FROM cash_sessions WHERE user_id = ? AND status = 'OPEN'", cashier.id());
        assertEquals(1, data.number("SELECT count(*) FROM cash_sessions WHERE id = ? AND location_id = ?"
                + " AND starting_cash = 100.00", id, store.id()));

        browser.click("cash-session-form:cash-pay-in");
        browser.visible("cash-move-form:cash-move-reason");
        browser.type("cash-move-form:cash-move-amount_input", "25.00");
        browser.type("cash-move-form:cash-move-reason", "Sencillo traído del banco");
        browser.click("cash-move-form:cash-move-save");
        browser.awaitText(By.cssSelector(".ui-growl"), "registrado");
        assertEquals(1, data.number("SELECT count(*) FROM cash_movements WHERE session_id = ? AND type = 'CASH_IN'"
                + " AND amount = 25.00 AND reason = 'Sencillo traído del banco'", id));
        assertFalse(browser.driver().getPageSource().contains("cash-closing-expected"),
                "the register shows no expected cash before the count");
        browser.screenshot("cash-register-open");

        browser.open("/backoffice/cash/report.xhtml?id=" + id);
        browser.awaitText("cash-report-kind", "Reporte X");
        browser.awaitText("cash-report-expected", "S/ 125.00");
        browser.awaitText("cash-report-payins", "S/ 25.00");
        browser.screenshot("cash-x-report");

        browser.open(REGISTER);
        browser.awaitText("cash-session-state", "Abierta");
        pieces("100_00", "1");
        pieces("20_00", "1");
        pieces("5_00", "1");
        browser.awaitText("cash-session-form:cash-count-total", "S/ 125.00");
        assertFalse(browser.driver().getPageSource().contains("cash-closing-expected"));
        browser.click("cash-session-form:cash-close");
        browser.awaitText("cash-closing-state", "Cerrada");
        browser.awaitText("cash-closing-expected", "S/ 125.00");
        browser.awaitText("cash-closing-discrepancy", "S/ 0.00");
        browser.screenshot("cash-closed");
        assertEquals(1, data.number("SELECT count(*) FROM cash_sessions WHERE id = ? AND status = 'CLOSED'"
                + " AND actual_cash = 125.00 AND discrepancy = 0 AND counted_denominations ->> '5.00' = '1'", id));
    }

    /** Types the pieces of one denomination of the count form and leaves the field (its total updates). */
    private static void pieces(String key, String pieces) {
        WebElement input = browser.visible(By.cssSelector(".cash-count-" + key + " input[id$='_input'], input.cash-count-" + key));
        input.clear();
        input.sendKeys(pieces, Keys.TAB);
        browser.awaitAjax();
    }
}
