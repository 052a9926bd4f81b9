package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import pe.colca.testing.TestServer;

/**
 * The set-based write of the catalog import (docs/catalog-import.md, "How a chunk is written"): rows
 * that add new SKUs are written together, the others one by one after them, and the outcome is the
 * one of writing every row alone in file order — same products, variants, history, audit and errors.
 */
class CatalogImportBulkIT extends ClientIntegration {

    private static final String IMPORTS = "/api/v1/catalog/imports";
    private static final String HEADER = "sku,barcode,product_slug,product_name,brand,category,size,color,"
            + "base_price,price_override,cost_price,tax_code,status";

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("a chunk mixing new SKUs, changes and bad rows: set-based and one-by-one rows give the row-by-row outcome")
    void mixedChunk() throws Exception {
        String tag = tag();
        String lower = tag.toLowerCase(Locale.ROOT);
        String brand = "Marca Bulk " + tag;
        assertEquals(201, api.post("/api/v1/brands", admin(), Json.createObjectBuilder().add("name", brand).build()
                .toString()).status());
        String slugA = "blk-a-" + lower;
        String slugB = "blk-b-" + lower;
        String slugD = "blk-d-" + lower;
        JsonObject seeded = runImport("seed.csv", HEADER + "\nBLK-" + tag + "-0,," + slugD + ",Seed " + tag
                + ",,,,,30.00,,,,\n", "");
        assertEquals(1, seeded.getInt("rowsWritten"), seeded.toString());
        String barcode = CatalogApiIT.ean13();
        String sku = "BLK-" + tag + "-";
        String file = HEADER + "\n"
                + sku + "1," + barcode + "," + slugA + ",Polo Bulk " + tag + "," + brand + ",,M,Azul,50.00,,20.00,10,ACTIVE\n" // 2 new product
                + sku + "2,," + slugA + ",,,,L,Azul,,55.00,,,\n"                                  // 3 added variant
                + sku + "3,," + slugA + ",Polo Bulk renombrado " + tag + ",,,XL,Azul,,,,,\n"     // 4 adds and renames
                + sku + "4,," + slugA + ",,,,S,Azul,,,,,\n"                                      // 5 after the rename
                + sku + "5," + barcode + "," + slugB + ",Otro " + tag + ",,,,,10.00,,,,\n"       // 6 barcode taken by row 2
                + sku + "1,," + slugA + ",,,,,,,,25.00,,\n"                                      // 7 SKU of row 2 again
                + sku + "6,," + slugB + ",Otro " + tag + ",Nadie " + tag + ",,,,10.00,,,,\n"      // 8 unknown brand
                + sku + "7,," + slugD + ",,,,M,Rojo,,,,,\n";                                     // 9 variant of a stored product
        JsonObject done = runImport("mixed.csv", file, "");
        long id = done.getJsonNumber("id").longValue();
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(8, done.getInt("rowsRead"));
        assertEquals(6, done.getInt("rowsWritten"));
        assertEquals(2, done.getInt("rowsFailed"));
        assertEquals(5, done.getInt("rowsCreated"), "SKUs 1, 2, 3, 4 and 7");

        Reply errors = api.get(IMPORTS + "/" + id + "/errors", admin());
        List<JsonObject> items = errors.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(6, 8), items.stream().map(e -> e.getInt("rowNumber")).toList(), errors.toString());
        assertEquals(List.of("barcode", "brand"), items.stream().map(e -> e.getString("column")).toList());
        assertEquals("barcode " + barcode + " already belongs to SKU " + sku + "1", items.get(0).getString("reason"));

        Map<String, Object> a = row("SELECT p.id, p.name, p.base_price, p.cost_price, p.brand_id, p.status,"
                + " (SELECT count(*) FROM product_variants v WHERE v.product_id = p.id) AS variants"
                + " FROM products p WHERE p.slug = ?", slugA);
        assertEquals("Polo Bulk renombrado " + tag, a.get("name"), "row 4 renamed it after rows 2-3 were written");
        assertEquals(4L, ((Number) a.get("variants")).longValue());
        assertEquals(0, new BigDecimal("25.00").compareTo((BigDecimal) a.get("cost_price")), "row 7 ran after row 2");
        assertEquals("ACTIVE", a.get("status"));
        assertEquals(0, count("SELECT count(*) FROM products WHERE slug = ?", slugB));
        assertEquals(2, count("SELECT count(*) FROM product_variants v JOIN products p ON p.id = v.product_id"
                + " WHERE p.slug = ?", slugD));

        assertEquals(5, count("SELECT count(*) FROM price_change_history WHERE change_type = 'BULK'"
                + " AND reference_source = 'bulk_import' AND reference_id = ? AND old_price IS NULL", String.valueOf(id)));
        Map<String, Object> h2 = row("SELECT h.new_price, h.changed_by, h.justification FROM price_change_history h"
                + " JOIN product_variants v ON v.id = h.variant_id WHERE v.sku = ?", sku + "2");
        assertEquals(0, new BigDecimal("55.00").compareTo((BigDecimal) h2.get("new_price")));
        assertEquals(userId("admin@colca.test"), ((Number) h2.get("changed_by")).longValue());
        assertEquals("Importación masiva " + id + " (mixed.csv)", h2.get("justification"));
        Map<String, Object> h7 = row("SELECT h.new_price FROM price_change_history h JOIN product_variants v"
                + " ON v.id = h.variant_id WHERE v.sku = ?", sku + "7");
        assertEquals(0, new BigDecimal("30.00").compareTo((BigDecimal) h7.get("new_price")), "the stored product's price");

        Map<String, Object> created = row("SELECT action, entity_table, entity_id, user_id, new_values ->> 'variants'"
                + " AS variants, new_values ->> 'version' AS version FROM audit_logs WHERE new_values ->> 'origin' = ?",
                "import " + id + " row 2");
        assertEquals("CREATE", created.get("action"));
        assertEquals("products", created.get("entity_table"));
        assertEquals(String.valueOf(a.get("id")), created.get("entity_id"));
        assertEquals(userId("admin@colca.test"), ((Number) created.get("user_id")).longValue());
        assertEquals("[\"" + sku + "1\"]", created.get("variants"));
        assertEquals("0", created.get("version"));
        Map<String, Object> added = row("SELECT action, entity_table, new_values ->> 'sku' AS sku,"
                + " new_values ->> 'productId' AS product FROM audit_logs WHERE new_values ->> 'origin' = ?",
                "import " + id + " row 3");
        assertEquals("CREATE", added.get("action"));
        assertEquals("product_variants", added.get("entity_table"));
        assertEquals(sku + "2", added.get("sku"));
        assertEquals(String.valueOf(a.get("id")), added.get("product"));
        assertEquals(0, count("SELECT count(*) FROM audit_logs WHERE new_values ->> 'origin' IN (?, ?)",
                "import " + id + " row 6", "import " + id + " row 8"), "refused rows wrote nothing");
        assertEquals(1, count("SELECT count(DISTINCT created_at) FROM audit_logs WHERE new_values ->> 'origin' IN (?, ?, ?)",
                "import " + id + " row 2", "import " + id + " row 3", "import " + id + " row 9"),
                "rows 2, 3 and 9 were written set-based, in one transaction");
        assertEquals(2, count("SELECT count(DISTINCT created_at) FROM audit_logs WHERE new_values ->> 'origin' IN (?, ?)",
                "import " + id + " row 2", "import " + id + " row 5"), "row 5 one by one, after them");

        JsonObject again = runImport("mixed.csv", file, "");
        assertEquals(6, again.getInt("rowsWritten"), again.toString());
        assertEquals(0, again.getInt("rowsCreated"), "a re-run creates nothing");
        assertEquals(6, count("SELECT count(*) FROM product_variants WHERE sku LIKE ?", sku + "%"), "0 to 4 and 7");
    }

    @Test
    @DisplayName("restart drill on set-based chunks: the chunk in flight is read again and nothing is duplicated")
    void restartSetBased() throws Exception {
        String tag = tag();
        String slug = "blk-r-" + tag.toLowerCase(Locale.ROOT);
        StringBuilder file = new StringBuilder(HEADER + "\n");
        for (int i = 1; i <= 5; i++) {
            file.append("BLR-").append(tag).append('-').append(i).append(",,").append(slug).append(",Reinicio ")
                    .append(tag).append(",,,T").append(i).append(",,20.00,,,,\n");
        }
        JsonObject failed = runImport("restart-bulk.csv", file.toString(), "&chunkSize=2&failAfterRow=3");
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertEquals(2, failed.getInt("rowsRead"));
        long id = failed.getJsonNumber("id").longValue();
        assertEquals(4, count("SELECT count(*) FROM product_variants WHERE sku LIKE ?", "BLR-" + tag + "-%"));

        assertEquals(202, api.post(IMPORTS + "/" + id + "/restart", admin(), "").status());
        JsonObject done = await(id);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(5, done.getInt("rowsWritten"));
        assertEquals(5, done.getInt("rowsCreated"));
        assertEquals(1, count("SELECT count(*) FROM products WHERE slug = ?", slug));
        assertEquals(5, count("SELECT count(*) FROM product_variants WHERE sku LIKE ?", "BLR-" + tag + "-%"));
        assertEquals(5, count("SELECT count(*) FROM price_change_history WHERE reference_source = 'bulk_import'"
                + " AND reference_id = ?", String.valueOf(id)));
        assertEquals(5, count("SELECT count(*) FROM audit_logs WHERE new_values ->> 'origin' LIKE ?",
                "import " + id + " row %"), "one audit row per written row, none for the re-read chunk");
        assertEquals(1, count("SELECT count(DISTINCT created_at) FROM audit_logs WHERE new_values ->> 'origin' IN (?, ?)",
                "import " + id + " row 2", "import " + id + " row 3"), "the first chunk was written set-based");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private JsonObject runImport(String fileName, String csv, String extra) throws Exception {
        Reply started = api.send("POST", IMPORTS + "?fileName=" + fileName + extra, admin(), "text/csv; charset=UTF-8",
                csv);
        assertEquals(202, started.status(), started.toString());
        return await(started.json().getJsonNumber("id").longValue());
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
