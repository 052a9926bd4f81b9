package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.ReconciliationFixtures;
import pe.colca.testing.ReconciliationFixtures.Shop;
import pe.colca.testing.SummaryFixtures;
import pe.colca.testing.TestData;

/**
 * The nightly reconciliation end to end: a company's day with one sale in order (its boleta accepted by the
 * simulator), one still on its way within its deadline, and exactly two planted differences — a boleta
 * Colca holds ACCEPTED that the simulator never received, and a paid order without any document. The job
 * (started through the API, run by JBeret, consulting the simulator's billConsultService) reports exactly
 * those two, explains the third, notifies, and a second run of the day replaces the report instead of
 * adding to it. Then the API's paging, bad input and CSV. Waits are bounded polls of the run.
 */
@DisplayName("Reconciliation: exactly the planted differences, idempotent per day, notified; API paging, problems, CSV")
class ReconciliationApiIT extends ClientIntegration {

    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final LocalDate DAY = LocalDate.now(ZoneId.of("America/Lima")).minusDays(1);
    private static final String PATH = "/api/v1/invoicing/reconciliations";

    @RegisterExtension
    final SummaryFixtures summaries = new SummaryFixtures();
    private final TestData data = summaries.data();
    private final ApiClient api = summaries.api();
    private final ReconciliationFixtures fx = new ReconciliationFixtures(data, summaries);

    /** A day of the shop: the good sale, the pending one, and the two planted differences; the ids by name. */
    private Map<String, Long> plantDay(Shop shop) throws Exception {
        Map<String, Long> ids = new TreeMap<>();
        long good = fx.paidOrder(shop, DAY, "118.00");
        ids.put("goodDoc", fx.boleta(shop, good, 1, DAY, "ACCEPTED", false));
        fx.sendToSimulator(shop, 1);
        long pending = fx.paidOrder(shop, DAY, "118.00");
        ids.put("pendingDoc", fx.boleta(shop, pending, 2, DAY, "PENDING", true));
        long unknown = fx.paidOrder(shop, DAY, "118.00");
        ids.put("unknownDoc", fx.boleta(shop, unknown, 3, DAY, "ACCEPTED", false));
        ids.put("orderWithout", fx.paidOrder(shop, DAY, "59.00"));
        return ids;
    }

    private JsonObject start(Shop shop) {
        Reply r = api.post(PATH, summaries.admin(), "{\"day\":\"" + DAY + "\",\"companyId\":" + shop.companyId() + "}");
        assertEquals(202, r.status(), r.toString());
        assertEquals(1, r.json().getJsonArray("runs").size(), r.toString());
        JsonObject run = r.json().getJsonArray("runs").getJsonObject(0);
        assertTrue(r.header("Location").endsWith(PATH + "/" + run.getJsonNumber("id")), r.header("Location"));
        return run;
    }

    private JsonObject completed(long runId) throws InterruptedException {
        JsonObject done = summaries.await(PATH + "/" + runId, WAIT,
                r -> r.getString("status").equals("COMPLETED") || r.getString("status").equals("FAILED"));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        return done;
    }

    @Test
    @DisplayName("plants an unknown ACCEPTED boleta and a paid order without document → exactly those two; a rerun replaces the report")
    void findsExactlyThePlantedDifferences() throws Exception {
        Shop shop = fx.shop();
        Map<String, Long> ids = plantDay(shop);
        String orderWithout = fx.orderNumber(ids.get("orderWithout"));

        long runId = start(shop).getJsonNumber("id").longValue();
        JsonObject run = completed(runId);
        assertEquals(4, run.getInt("ordersChecked"), run.toString());
        assertEquals(0, run.getInt("returnsChecked"));
        assertEquals(3, run.getInt("documentsChecked"));
        assertEquals(3, run.getInt("documentsConsulted"), "every document of the day asked at SUNAT");
        assertEquals(2, run.getInt("differenceCount"), run.toString());
        assertEquals(1, run.getInt("explainedCount"), run.toString());
        assertDifferences(run, ids, orderWithout, shop);
        long notified = data.number("SELECT count(*) FROM notifications WHERE notification_type = 'SUNAT_RECONCILIATION'"
                + " AND payload ->> 'runId' = ?", String.valueOf(runId));
        assertTrue(notified >= 1, "the differences are notified");

        JsonObject again = start(shop);
        assertEquals(runId, again.getJsonNumber("id").longValue(), "the same run: a day has one report");
        JsonObject rerun = completed(runId);
        assertEquals(2, rerun.getInt("differenceCount"), rerun.toString());
        assertDifferences(rerun, ids, orderWithout, shop);
        assertEquals(1, data.number("SELECT count(*) FROM reconciliation_runs WHERE company_id = ? AND business_day = ?",
                shop.companyId(), DAY));
        assertEquals(3, data.number("SELECT count(*) FROM reconciliation_differences WHERE run_id = ?", runId),
                "rerun replaced the report, nothing duplicated");
    }

    private void assertDifferences(JsonObject run, Map<String, Long> ids, String orderWithout, Shop shop) {
        List<JsonObject> differences = run.getJsonArray("differences").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(3, run.getInt("differencesTotal"), differences.toString());
        List<JsonObject> real = differences.stream().filter(d -> !d.getBoolean("explained")).toList();
        assertEquals(2, real.size(), real.toString());
        JsonObject unknown = real.stream().filter(d -> d.getString("kind").equals("UNKNOWN_TO_SUNAT")).findFirst()
                .orElseThrow(() -> new AssertionError("no UNKNOWN_TO_SUNAT in " + real));
        assertEquals(ids.get("unknownDoc").longValue(), unknown.getJsonNumber("documentId").longValue());
        assertEquals(shop.series() + "-3", unknown.getString("documentNumber"));
        assertEquals("ACCEPTED", unknown.getString("colcaStatus"));
        assertEquals("UNKNOWN", unknown.getString("sunatStatus"));
        assertEquals("0011", unknown.getString("sunatCode"));
        JsonObject missing = real.stream().filter(d -> d.getString("kind").equals("MISSING_DOCUMENT")).findFirst()
                .orElseThrow(() -> new AssertionError("no MISSING_DOCUMENT in " + real));
        assertEquals(ids.get("orderWithout").longValue(), missing.getJsonNumber("orderId").longValue());
        assertEquals(orderWithout, missing.getString("orderNumber"));
        assertTrue(missing.getString("explanation").contains(orderWithout), missing.toString());
        JsonObject explained = differences.stream().filter(d -> d.getBoolean("explained")).findFirst().orElseThrow();
        assertEquals("PENDING_IN_DEADLINE", explained.getString("kind"));
        assertEquals(ids.get("pendingDoc").longValue(), explained.getJsonNumber("documentId").longValue());
    }

    @Test
    @DisplayName("list: filters and paging with Link headers; CSV of a run; bad input is problem+json, never a 500")
    void apiPagingProblemsAndCsv() throws Exception {
        Shop shop = fx.shop();
        Map<String, Long> ids = plantDay(shop);
        long runId = start(shop).getJsonNumber("id").longValue();
        completed(runId);

        Reply page = api.get(PATH + "?companyId=" + shop.companyId() + "&withDifferences=true&limit=1", summaries.admin());
        assertEquals(200, page.status(), page.toString());
        assertEquals(1, page.json().getJsonNumber("total").longValue());
        assertEquals(runId, page.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(page.links().containsKey("first"), page.headers().toString());
        Reply none = api.get(PATH + "?companyId=" + shop.companyId() + "&withDifferences=false", summaries.admin());
        assertEquals(0, none.json().getJsonNumber("total").longValue(), none.toString());
        Reply all = api.get(PATH + "?day=" + DAY + "&limit=1", summaries.admin());
        assertEquals(200, all.status());
        assertTrue(all.json().getJsonNumber("total").longValue() >= 1);

        Reply diffs = api.get(PATH + "/" + runId + "/differences?explained=false&limit=1", summaries.admin());
        assertEquals(200, diffs.status(), diffs.toString());
        assertEquals(2, diffs.json().getJsonNumber("total").longValue());
        assertTrue(diffs.links().containsKey("next"), "two differences, one a page");

        ApiClient.Download csv = api.download(PATH + "/" + runId + "/differences.csv", summaries.admin(), "text/csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        assertEquals(4, lines.length, String.join("\n", lines));
        assertTrue(lines[0].startsWith("ruc,day,kind,explained,document"), lines[0]);
        assertTrue(lines[1].startsWith(shop.ruc() + "," + DAY + ","), lines[1]);
        String body = String.join("\n", lines);
        assertTrue(body.contains("UNKNOWN_TO_SUNAT") && body.contains(shop.series() + "-3"), body);
        assertTrue(body.contains("MISSING_DOCUMENT") && body.contains(fx.orderNumber(ids.get("orderWithout"))), body);

        Reply badFilter = api.get(PATH + "?day=ayer&withDifferences=quizas&companyId=x", summaries.admin());
        assertEquals(400, badFilter.status(), badFilter.toString());
        assertTrue(badFilter.isProblem());
        assertTrue(badFilter.fieldErrors().keySet().containsAll(List.of("day", "withDifferences", "companyId")),
                badFilter.fieldErrors().toString());
        Reply noDay = api.post(PATH, summaries.admin(), "{\"companyId\":" + shop.companyId() + "}");
        assertEquals(400, noDay.status(), noDay.toString());
        assertTrue(noDay.fieldErrors().containsKey("day"));
        Reply unknownField = api.post(PATH, summaries.admin(), "{\"day\":\"" + DAY + "\",\"dia\":1}");
        assertEquals(400, unknownField.status(), unknownField.toString());
        Reply future = api.post(PATH, summaries.admin(), "{\"day\":\"" + DAY.plusDays(3) + "\"}");
        assertEquals(422, future.status(), future.toString());
        assertEquals("reconciliation-day-future", future.problemType());
        Reply noCompany = api.post(PATH, summaries.admin(), "{\"day\":\"" + DAY + "\",\"companyId\":2147483000}");
        assertEquals(404, noCompany.status(), noCompany.toString());
        assertEquals(404, api.get(PATH + "/999999999", summaries.admin()).status());
        assertEquals(404, api.get(PATH + "/999999999/differences.csv", summaries.admin()).status());
        assertEquals(1, data.number("SELECT count(*) FROM reconciliation_runs WHERE company_id = ?", shop.companyId()),
                "refused requests changed nothing");
    }
}
