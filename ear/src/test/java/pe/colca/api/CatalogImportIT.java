package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestServer;

/**
 * The catalog bulk import end to end ({@code /api/v1/catalog/imports} and the
 * {@code catalog-import} job): upload, status, error report, re-import, restart after a failure.
 */
class CatalogImportIT extends ClientIntegration {

    private static final String IMPORTS = "/api/v1/catalog/imports";
    private static final String HEADER = "sku,barcode,product_slug,product_name,brand,category,size,color,"
            + "base_price,price_override,cost_price,tax_code,status";

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("template: text/csv with the documented header")
    void template() {
        Reply reply = api.send("GET", IMPORTS + "/template", admin(), null, null, "Accept", "text/csv");
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("text/csv"), reply.contentType());
        assertEquals(HEADER + ",justification", reply.body().lines().findFirst().orElseThrow());
    }

    @Test
    @DisplayName("good and bad rows: exact counts, error report, BULK history; re-import updates without duplicating")
    void goodAndBadRows() throws Exception {
        String tag = tag();
        String lower = tag.toLowerCase(Locale.ROOT);
        String brand = "Marca Import " + tag;
        assertEquals(201, api.post("/api/v1/brands", admin(), Json.createObjectBuilder().add("name", brand).build()
                .toString()).status());
        Reply category = api.post("/api/v1/categories", admin(), Json.createObjectBuilder()
                .add("name", "Cat Import " + tag).build().toString());
        assertEquals(201, category.status(), category.toString());
        String categorySlug = category.json().getString("slug");
        String goodBarcode = CatalogApiIT.ean13();
        String otherBarcode = CatalogApiIT.ean13();
        String wrongBarcode = otherBarcode.substring(0, 12) + ((otherBarcode.charAt(12) - '0' + 1) % 10);
        String slugA = "imp-a-" + lower;
        String file = HEADER + "\n"
                + "IMP-" + tag + "-1," + goodBarcode + "," + slugA + ",Polo Import " + tag + "," + brand + ","
                + categorySlug + ",M,Azul,50.00,,20.00,10,ACTIVE\n"                                     // line 2 good
                + "imp-" + tag + "-2,," + slugA + ",Polo Import " + tag + ",,,L,Azul,50.00,55.00,,,\n"   // line 3 good
                + "IMP-" + tag + "-3,,,Malo " + tag + ",,,,,abc,,,,\n"                                 // line 4 base_price
                + "IMP-" + tag + "-4,,,Malo " + tag + ",Nadie " + tag + ",,,,10.00,,,,\n"              // line 5 brand
                + "\n"                                                                                  // line 6 blank
                + "IMP-" + tag + "-5," + wrongBarcode + ",,Malo " + tag + ",,,,,10.00,,,,\n"           // line 7 barcode
                + "IMP-" + tag + "-6," + otherBarcode + ",,\"Gorro, lana " + tag + "\",,,,,20.00,,,20,\n" // line 8 good
                + "IMP-" + tag + "-7,,,,,,,,,,,,\n";                                                   // line 9 name
        JsonObject first = runImport("good-bad.csv", file, "");
        assertEquals("COMPLETED", first.getString("status"), first.toString());
        assertEquals(7, first.getInt("rowsTotal"));
        assertEquals(7, first.getInt("rowsRead"));
        assertEquals(3, first.getInt("rowsWritten"));
        assertEquals(4, first.getInt("rowsFailed"));
        assertEquals(100, first.getInt("progressPercent"));
        assertEquals(3, first.getInt("rowsCreated"), "three new SKUs");
        assertEquals(0, first.getInt("rowsUpdated"));
        long importId = first.getJsonNumber("id").longValue();
        Reply recent = api.get(IMPORTS + "?limit=200", admin());
        assertEquals(200, recent.status(), recent.toString());
        assertTrue(recent.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getJsonNumber("id").longValue() == importId && i.getInt("rowsFailed") == 4),
                recent.toString());

        Reply errors = api.get(IMPORTS + "/" + importId + "/errors?limit=10", admin());
        assertEquals(200, errors.status(), errors.toString());
        assertEquals(4, errors.json().getInt("total"));
        List<JsonObject> items = errors.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(4, 5, 7, 9), items.stream().map(e -> e.getInt("rowNumber")).toList());
        assertEquals(List.of("base_price", "brand", "barcode", "product_name"),
                items.stream().map(e -> e.getString("column")).toList());

        Reply report = api.send("GET", IMPORTS + "/" + importId + "/errors.csv", admin(), null, null, "Accept", "text/csv");
        assertEquals(200, report.status(), report.toString());
        List<String> lines = report.body().lines().toList();
        assertEquals("row_number,column,reason", lines.get(0));
        assertEquals(5, lines.size(), report.body());
        assertTrue(lines.get(1).startsWith("4,base_price,"), lines.get(1));
        assertTrue(lines.get(2).equals("5,brand,unknown brand 'Nadie " + tag + "'"), lines.get(2));
        assertTrue(lines.get(3).startsWith("7,barcode,"), lines.get(3));
        assertEquals("9,product_name,required for a new product", lines.get(4));

        Map<String, Object> v1 = row("SELECT v.id, v.barcode, v.size, p.base_price, p.cost_price, p.slug, p.brand_id,"
                + " p.category_id, p.status FROM product_variants v JOIN products p ON p.id = v.product_id"
                + " WHERE v.sku = ? AND v.deleted_at IS NULL", "IMP-" + tag + "-1");
        assertEquals(goodBarcode, v1.get("barcode"));
        assertEquals(0, new BigDecimal("50.00").compareTo((BigDecimal) v1.get("base_price")));
        assertEquals(0, new BigDecimal("20.00").compareTo((BigDecimal) v1.get("cost_price")));
        assertEquals(slugA, v1.get("slug"));
        assertNotNull(v1.get("brand_id"));
        assertEquals(category.json().getInt("id"), ((Number) v1.get("category_id")).intValue());
        Map<String, Object> v2 = row("SELECT v.id, v.price_override, v.product_id FROM product_variants v"
                + " WHERE v.sku = ? AND v.deleted_at IS NULL", "IMP-" + tag + "-2");
        assertEquals(0, new BigDecimal("55.00").compareTo((BigDecimal) v2.get("price_override")));
        assertEquals(1, count("SELECT count(*) FROM products WHERE slug = ? AND deleted_at IS NULL", slugA),
                "both variants in one product");
        assertEquals(2, count("SELECT count(*) FROM product_variants v JOIN products p ON p.id = v.product_id"
                + " WHERE p.slug = ?", slugA));
        assertEquals("Gorro, lana " + tag, row("SELECT p.name FROM product_variants v JOIN products p"
                + " ON p.id = v.product_id WHERE v.sku = ?", "IMP-" + tag + "-6").get("name"));
        assertEquals(0, count("SELECT count(*) FROM product_variants WHERE sku IN (?, ?, ?, ?)",
                "IMP-" + tag + "-3", "IMP-" + tag + "-4", "IMP-" + tag + "-5", "IMP-" + tag + "-7"));
        assertEquals(3, count("SELECT count(*) FROM price_change_history WHERE change_type = 'BULK'"
                + " AND reference_source = 'bulk_import' AND reference_id = ?", String.valueOf(importId)));
        Map<String, Object> h2 = row("SELECT old_price, new_price, changed_by FROM price_change_history"
                + " WHERE variant_id = ?", ((Number) v2.get("id")).longValue());
        assertEquals(null, h2.get("old_price"));
        assertEquals(0, new BigDecimal("55.00").compareTo((BigDecimal) h2.get("new_price")));
        assertEquals(userId("admin@colca.test"), ((Number) h2.get("changed_by")).longValue());

        // the same file again: same outcome, nothing duplicated, no price changed so no history
        JsonObject again = runImport("good-bad.csv", file, "");
        assertEquals("COMPLETED", again.getString("status"), again.toString());
        assertEquals(3, again.getInt("rowsWritten"));
        assertEquals(4, again.getInt("rowsFailed"));
        assertEquals(1, count("SELECT count(*) FROM product_variants WHERE sku = ?", "IMP-" + tag + "-1"));
        assertEquals(1, count("SELECT count(*) FROM products WHERE slug = ?", slugA));
        assertEquals(0, count("SELECT count(*) FROM price_change_history WHERE reference_source = 'bulk_import'"
                + " AND reference_id = ?", String.valueOf(again.getJsonNumber("id").longValue())));

        // a new base price updates the product; only the variant without override gets a history row
        JsonObject update = runImport("prices.csv", HEADER + "\r\n"
                + "IMP-" + tag + "-1,,,,,,,,52.00,,,,\r\n", "");
        assertEquals("COMPLETED", update.getString("status"), update.toString());
        assertEquals(1, update.getInt("rowsWritten"));
        long updateId = update.getJsonNumber("id").longValue();
        assertEquals(0, new BigDecimal("52.00").compareTo((BigDecimal) row("SELECT base_price FROM products"
                + " WHERE slug = ?", slugA).get("base_price")));
        Map<String, Object> h = row("SELECT variant_id, old_price, new_price, change_type FROM price_change_history"
                + " WHERE reference_source = 'bulk_import' AND reference_id = ?", String.valueOf(updateId));
        assertEquals(((Number) v1.get("id")).longValue(), ((Number) h.get("variant_id")).longValue());
        assertEquals(0, new BigDecimal("50.00").compareTo((BigDecimal) h.get("old_price")));
        assertEquals(0, new BigDecimal("52.00").compareTo((BigDecimal) h.get("new_price")));
        assertEquals(1, count("SELECT count(*) FROM price_change_history WHERE reference_source = 'bulk_import'"
                + " AND reference_id = ?", String.valueOf(updateId)));
    }

    @Test
    @DisplayName("an import that fails mid-file restarts from its checkpoint and duplicates nothing")
    void restartAfterFailure() throws Exception {
        String tag = tag();
        StringBuilder file = new StringBuilder("\uFEFF" + HEADER + "\n");
        for (int i = 1; i <= 5; i++) {
            file.append("RST-").append(tag).append('-').append(i).append(",,,Reinicio ").append(tag).append(' ')
                    .append(i).append(",,,,,").append(10 + i).append(".00,,,,\n");
        }
        // chunks of 2 rows; the first run fails after writing the chunk holding row 3 (rows 3-4, not checkpointed)
        JsonObject failed = runImport("restart.csv", file.toString(), "&chunkSize=2&failAfterRow=3");
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertEquals(2, failed.getInt("rowsRead"), "only the checkpointed chunk counts");
        assertEquals(40, failed.getInt("progressPercent"));
        long id = failed.getJsonNumber("id").longValue();
        assertEquals(4, count("SELECT count(*) FROM product_variants WHERE sku LIKE ?", "RST-" + tag + "-%"),
                "rows 3-4 were written before the failure, like a crash before the checkpoint");

        Reply restarted = api.post(IMPORTS + "/" + id + "/restart", admin(), "");
        assertEquals(202, restarted.status(), restarted.toString());
        assertTrue(restarted.header("Location").endsWith(IMPORTS + "/" + id), restarted.toString());
        JsonObject done = await(id);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(5, done.getInt("rowsRead"));
        assertEquals(5, done.getInt("rowsWritten"));
        assertEquals(0, done.getInt("rowsFailed"));
        assertEquals(5, count("SELECT count(*) FROM product_variants WHERE sku LIKE ?", "RST-" + tag + "-%"));
        assertEquals(5, count("SELECT count(*) FROM products WHERE name LIKE ?", "Reinicio " + tag + "%"));
        assertEquals(5, count("SELECT count(*) FROM price_change_history h JOIN product_variants v"
                + " ON v.id = h.variant_id WHERE v.sku LIKE ?", "RST-" + tag + "-%"), "one history row per variant");
        assertEquals(5, count("SELECT count(*) FROM price_change_history WHERE change_type = 'BULK'"
                + " AND reference_source = 'bulk_import' AND reference_id = ?", String.valueOf(id)));
        assertEquals(0, new BigDecimal("15.00").compareTo((BigDecimal) row("SELECT p.base_price FROM product_variants v"
                + " JOIN products p ON p.id = v.product_id WHERE v.sku = ?", "RST-" + tag + "-5").get("base_price")));

        CatalogApiIT.assertProblem(api.post(IMPORTS + "/" + id + "/restart", admin(), ""), 422,
                "import-not-restartable");
    }

    @Test
    @DisplayName("refusals: bad header 400 (nothing stored), no permission 403, unknown import 404")
    void refusals() throws Exception {
        long before = count("SELECT count(*) FROM catalog_imports");
        Reply badHeader = api.send("POST", IMPORTS + "?fileName=x.csv", admin(), "text/csv", "sku,precio\nA,1\n");
        assertEquals(400, badHeader.status(), badHeader.toString());
        assertTrue(badHeader.body().contains("missing column 'base_price'"), badHeader.toString());
        assertEquals(before, count("SELECT count(*) FROM catalog_imports"));
        Reply forbidden = api.send("POST", IMPORTS + "?fileName=x.csv", api.token("cashier@colca.test"), "text/csv",
                HEADER + "\n");
        assertEquals(403, forbidden.status(), forbidden.toString());
        assertEquals(404, api.get(IMPORTS + "/999999999", admin()).status());
    }

    @Test
    @DisplayName("the price rules of the screens: a big change needs the justification column (else only that row"
            + " fails); history keeps it; every written row has its audit entry for the starter")
    void justificationAndAudit() throws Exception {
        String tag = tag();
        String header = HEADER + ",justification\n";
        JsonObject created = runImport("just-1.csv", header
                + "JUS-" + tag + "-A,,,Precio A " + tag + ",,,,,100.00,,,,,\n"
                + "JUS-" + tag + "-B,,,Precio B " + tag + ",,,,,10.00,,,,,\n"
                + "JUS-" + tag + "-C,,,Precio C " + tag + ",,,,,20.00,,,,,\n", "");
        assertEquals(3, created.getInt("rowsWritten"), created.toString());
        long createdId = created.getJsonNumber("id").longValue();
        for (int line = 2; line <= 4; line++) {
            Map<String, Object> audit = row("SELECT action, entity_table, user_id FROM audit_logs"
                    + " WHERE new_values ->> 'origin' = ?", "import " + createdId + " row " + line);
            assertEquals("CREATE", audit.get("action"));
            assertEquals("products", audit.get("entity_table"));
            assertEquals(userId("admin@colca.test"), ((Number) audit.get("user_id")).longValue());
        }

        JsonObject changed = runImport("just-2.csv", header
                + "JUS-" + tag + "-A,,,,,,,,150.00,,,,,\n"                                   // line 2: +50 %, no reason
                + "JUS-" + tag + "-B,,,,,,,,10.50,,,,,\n"                                    // line 3: +5 %, below
                + "JUS-" + tag + "-C,,,,,,,,30.00,,,,,\"Nueva temporada, precio de lista\"\n", ""); // line 4: +50 %
        long changedId = changed.getJsonNumber("id").longValue();
        assertEquals("COMPLETED", changed.getString("status"), changed.toString());
        assertEquals(2, changed.getInt("rowsWritten"));
        assertEquals(1, changed.getInt("rowsFailed"));
        Reply errors = api.get(IMPORTS + "/" + changedId + "/errors", admin());
        JsonObject error = errors.json().getJsonArray("items").getJsonObject(0);
        assertEquals(2, error.getInt("rowNumber"), errors.toString());
        assertEquals("justification", error.getString("column"), errors.toString());
        assertEquals(0, new BigDecimal("100.00").compareTo((BigDecimal) basePrice("JUS-" + tag + "-A")), "row 2 unchanged");
        assertEquals(0, new BigDecimal("10.50").compareTo((BigDecimal) basePrice("JUS-" + tag + "-B")));
        assertEquals(0, new BigDecimal("30.00").compareTo((BigDecimal) basePrice("JUS-" + tag + "-C")));
        Map<String, Object> history = row("SELECT h.justification, h.change_type, h.changed_by FROM price_change_history h"
                + " JOIN product_variants v ON v.id = h.variant_id WHERE v.sku = ? AND h.reference_id = ?",
                "JUS-" + tag + "-C", String.valueOf(changedId));
        assertEquals("Nueva temporada, precio de lista", history.get("justification"));
        assertEquals("BULK", history.get("change_type"));
        assertEquals(userId("admin@colca.test"), ((Number) history.get("changed_by")).longValue());
        assertEquals(2, count("SELECT count(*) FROM audit_logs WHERE action = 'PRICE' AND new_values ->> 'origin'"
                + " IN (?, ?)", "import " + changedId + " row 3", "import " + changedId + " row 4"));
        assertEquals(0, count("SELECT count(*) FROM audit_logs WHERE new_values ->> 'origin' = ?",
                "import " + changedId + " row 2"), "the refused row wrote nothing");
    }

    @Test
    @DisplayName("starting needs the permissions of what the file does: without catalog.price.edit a file that"
            + " changes prices is refused (403, nothing stored); one that only adds products starts")
    void permissionsOfWhatItDoes() throws Exception {
        String tag = tag();
        // what an import of new and edited products needs, except catalog.price.edit
        TestData.NewUser importer = TestData.client().user().fullName("Importador " + tag)
                .permissions("catalog.product.view", "catalog.import", "catalog.product.create", "catalog.product.edit")
                .create();
        JsonObject seeded = runImport("perm-1.csv", HEADER + "\nPRM-" + tag + ",,,Permiso " + tag + ",,,,,8.00,,,,\n", "");
        assertEquals(1, seeded.getInt("rowsWritten"), seeded.toString());

        long before = count("SELECT count(*) FROM catalog_imports");
        Reply refused = api.send("POST", IMPORTS + "?fileName=perm-2.csv", api.token(importer), "text/csv",
                HEADER + "\nPRM-" + tag + ",,,,,,,,8.40,,,,\n");
        CatalogApiIT.assertProblem(refused, 403, "forbidden");
        assertEquals(before, count("SELECT count(*) FROM catalog_imports"), "nothing stored");
        assertEquals(0, new BigDecimal("8.00").compareTo((BigDecimal) basePrice("PRM-" + tag)));

        Reply allowed = api.send("POST", IMPORTS + "?fileName=perm-3.csv", api.token(importer), "text/csv",
                HEADER + "\nPRM-" + tag + "-2,,,Permiso dos " + tag + ",,,,,9.00,,,,\n"
                        + "PRM-" + tag + ",,,Permiso renombrado " + tag + ",,,,,8.00,,,,\n");
        assertEquals(202, allowed.status(), allowed.toString());
        JsonObject done = await(allowed.json().getJsonNumber("id").longValue());
        assertEquals(2, done.getInt("rowsWritten"), done.toString());
        assertEquals("Permiso renombrado " + tag, row("SELECT p.name FROM product_variants v JOIN products p"
                + " ON p.id = v.product_id WHERE v.sku = ?", "PRM-" + tag).get("name"));
    }

    @Test
    @DisplayName("an import whose job never started (server down between the row and the job) ends FAILED, not STARTED forever")
    void neverStartedEndsFailed() throws Exception {
        long id;
        try (Connection db = TestServer.jdbc(); var st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT nextval('catalog_imports_seq')")) {
                rs.next();
                id = rs.getLong(1);
            }
            st.executeUpdate("INSERT INTO catalog_imports (id, file_name, stored_name, status, rows_total, started_at)"
                    + " VALUES (" + id + ", 'lost.csv', '" + id + ".csv', 'STARTED', 3, now() - interval '1 hour')");
        }
        Reply status = api.get(IMPORTS + "/" + id, admin());
        assertEquals(200, status.status(), status.toString());
        assertEquals("FAILED", status.json().getString("status"), status.toString());
        assertEquals("FAILED", row("SELECT status FROM catalog_imports WHERE id = ?", id).get("status"));
        assertNotNull(row("SELECT finished_at FROM catalog_imports WHERE id = ?", id).get("finished_at"));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Object basePrice(String sku) throws Exception {
        return row("SELECT p.base_price FROM product_variants v JOIN products p ON p.id = v.product_id"
                + " WHERE v.sku = ?", sku).get("base_price");
    }


    private JsonObject runImport(String fileName, String csv, String extra) throws Exception {
        Reply started = api.send("POST", IMPORTS + "?fileName=" + fileName + extra, admin(), "text/csv; charset=UTF-8",
                csv);
        assertEquals(202, started.status(), started.toString());
        long id = started.json().getJsonNumber("id").longValue();
        assertTrue(started.header("Location").endsWith(IMPORTS + "/" + id), started.toString());
        assertEquals(fileName, started.json().getString("fileName"));
        return await(id);
    }

    private JsonObject await(long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            Reply status = api.get(IMPORTS + "/" + id, admin());
            assertEquals(200, status.status(), status.toString());
            if (!"STARTED".equals(status.json().getString("status")) || System.currentTimeMillis() > deadline) {
                return status.json();
            }
            Thread.sleep(200);
        }
    }

    private String admin() {
        return api.token("admin@colca.test");
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static long userId(String email) throws Exception {
        return ((Number) row("SELECT id FROM users WHERE email = ?", email).get("id")).longValue();
    }

    private static long count(String sql, Object... params) throws Exception {
        return ((Number) row(sql, params).values().iterator().next()).longValue();
    }

    private static Map<String, Object> row(String sql, Object... params) throws Exception {
        try (Connection db = TestServer.jdbc(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next(), "no row for " + sql);
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                }
                return row;
            }
        }
    }
}
