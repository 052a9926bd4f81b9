package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DeadlineFixtures;
import pe.colca.testing.DeadlineFixtures.Issuer;
import pe.colca.testing.DeadlineFixtures.Planted;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewUser;

/**
 * {@code /api/v1/invoicing/deadlines}, {@code /burnt-numbers} and {@code /series/{id}/report} from outside
 * (issue 14): an old pending factura is overdue, one issued 3 days ago is due soon, today's boleta is on time;
 * bad parameters are 400 problem+json naming them; a user without the permission is refused. In the browser,
 * Facturación → Plazos shows the overdue factura in red and the home page counts it, linking to the view.
 */
class DeadlineApiIT extends ClientIntegration {

    private static final String PATH = "/api/v1/invoicing/deadlines";

    @RegisterExtension
    static final Browser browser = new Browser();

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();
    private final DeadlineFixtures fixtures = new DeadlineFixtures(data);

    private Issuer issuer;
    private Planted old;
    private Planted soon;
    private Planted fresh;
    private String token;

    @BeforeEach
    void fixtures() throws Exception {
        issuer = fixtures.issuer(data.location().create().id());
        old = fixtures.factura(issuer, 10, "PENDING");
        soon = fixtures.factura(issuer, 3, "ERROR");
        fresh = fixtures.boleta(issuer, 0, "PENDING");
        token = api.token(DemoUser.ADMIN.email());
    }

    private List<JsonObject> items(String query) {
        Reply r = api.get(PATH + "?companyId=" + issuer.companyId() + query, token);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    @DisplayName("overdue, due soon and on time, nearest first; filters by urgency, kind, type and series")
    void deadlines() {
        List<JsonObject> atRisk = items("");
        assertEquals(List.of(old.number(), soon.number()), atRisk.stream().map(o -> o.getString("documentNumber")).toList());
        JsonObject overdue = atRisk.get(0);
        assertEquals("OVERDUE", overdue.getString("urgency"));
        assertEquals("SEND", overdue.getString("kind"));
        assertEquals("PENDING", overdue.getString("status"));
        assertEquals(issuer.ruc(), overdue.getString("ruc"));
        assertTrue(overdue.getJsonNumber("hoursLeft").longValue() < 0, overdue.toString());
        assertEquals("DUE_SOON", atRisk.get(1).getString("urgency"));

        assertEquals(List.of(old.number()), items("&show=OVERDUE").stream().map(o -> o.getString("documentNumber")).toList());
        List<JsonObject> all = items("&show=all");
        assertEquals(3, all.size());
        assertEquals(fresh.number(), all.get(2).getString("documentNumber"));
        assertEquals("ON_TIME", all.get(2).getString("urgency"));
        assertEquals(1, items("&show=ALL&type=03").size());
        assertEquals(2, items("&show=ALL&series=" + issuer.facturas().toLowerCase()).size());
        assertEquals(0, items("&kind=VOID").size());
    }

    @Test
    @DisplayName("bad parameters are 400 problem+json naming each; no permission is 403; an unknown series 404")
    void badInput() throws Exception {
        Reply bad = api.get(PATH + "?show=SOON&kind=X&companyId=abc&type=99&series=TOOLONG&limit=0", token);
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.isProblem(), bad.contentType());
        assertEquals(Set.of("show", "kind", "companyId", "type", "series", "limit"), bad.fieldErrors().keySet());

        Reply burnt = api.get("/api/v1/invoicing/burnt-numbers?from=2026-13-01&series=F-1&companyId=0", token);
        assertEquals(400, burnt.status(), burnt.toString());
        assertEquals(Set.of("from", "series", "companyId"), burnt.fieldErrors().keySet());

        Reply report = api.get("/api/v1/invoicing/series/abc/report?show=SOME", token);
        assertEquals(400, report.status(), report.toString());
        assertEquals(Set.of("id", "show"), report.fieldErrors().keySet());
        Reply unknown = api.get("/api/v1/invoicing/series/999999999/report", token);
        assertEquals(404, unknown.status(), unknown.toString());
        assertTrue(unknown.isProblem());

        NewUser clerk = data.user().permissions("api.access", "inventory.view").create();
        Reply refused = api.get(PATH, api.token(clerk));
        assertEquals(403, refused.status(), refused.toString());
    }

    @Test
    @DisplayName("the series report counts the planted facturas: 2 issued, nothing burnt, no gap")
    void seriesReport() throws Exception {
        long sequence = data.number("SELECT id FROM document_sequences WHERE series = ?", issuer.facturas());
        Reply r = api.get("/api/v1/invoicing/series/" + sequence + "/report?limit=1", token);
        assertEquals(200, r.status(), r.toString());
        JsonObject summary = r.json().getJsonObject("summary");
        assertEquals(2, summary.getInt("currentNumber"));
        assertEquals(2, summary.getInt("issued"));
        assertEquals(0, summary.getInt("burnt"));
        assertEquals(0, summary.getInt("gaps"));
        assertEquals(2, r.json().getInt("total"));
        assertEquals(1, r.json().getJsonArray("items").size());
        assertEquals(issuer.facturas() + "-1", r.json().getJsonArray("items").getJsonObject(0).getString("documentNumber"));
        Reply second = api.get("/api/v1/invoicing/series/" + sequence + "/report?offset=1&limit=1", token);
        assertEquals(issuer.facturas() + "-2",
                second.json().getJsonArray("items").getJsonObject(0).getString("documentNumber"));
        assertEquals("ISSUED", second.json().getJsonArray("items").getJsonObject(0).getString("state"));
    }

    @Test
    @DisplayName("browser: the home page counts overdue documents and links to Plazos, which shows the factura")
    void consoleView() {
        browser.openAs(DemoUser.ADMIN, "/index.xhtml?lang=es");
        String overdue = browser.visible("count-deadlines-overdue").getText().replaceAll("[^0-9]", "");
        assertTrue(Integer.parseInt(overdue) >= 1, overdue);
        browser.screenshot("home-deadlines");
        browser.click("card-deadlines-overdue");
        browser.type("deadlines-form:deadline-series", issuer.facturas());
        browser.awaitText("deadlines-form:deadlines-table", old.number());
        browser.awaitText("deadlines-form:deadlines-table", "Vencido");
        browser.screenshot("deadlines");
        browser.click(By.linkText(old.number()));
        browser.awaitText("document-status", "Pendiente");
    }
}
