package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Bulk price updates end to end: a small catalog (a category with a sub-category, a brand, products
 * with and without variant overrides) built through the API; preview writes nothing; apply changes
 * exactly the previewed variants, one BULK history row each under the operation id, in one
 * transaction; refusals change nothing.
 */
class CatalogBulkPriceApiIT extends ClientIntegration {

    private static final String PREVIEW = "/api/v1/prices/bulk/preview";
    private static final String APPLY = "/api/v1/prices/bulk";

    private final ApiClient api = new ApiClient();

    /** Root category (A: 2 variants on base 20.00) > sub-category (B: override 30.00 + base 10.00); C elsewhere. */
    private final class Fixture {
        final String tag = tag();
        final int root = category("Raíz " + tag, null);
        final int child = category("Hija " + tag, root);
        final int other = category("Otra " + tag, null);
        final int brand = brand("Marca " + tag);
        final long a = product("A " + tag, "20.00", root, brand, variant("A-" + tag + "-1", null),
                variant("A-" + tag + "-2", null));
        final long b = product("B " + tag, "10.00", child, null, variant("B-" + tag + "-1", "30.00"),
                variant("B-" + tag + "-2", null));
        final long c = product("C " + tag, "50.00", other, brand, variant("C-" + tag + "-1", null));

        String sku(String product, int n) {
            return product + "-" + tag + "-" + n;
        }
    }

    @Test
    @DisplayName("preview by category (with sub-categories) lists old/new/difference and changes nothing")
    void previewChangesNothing() throws Exception {
        Fixture f = new Fixture();
        Map<String, BigDecimal> before = prices(f);
        long history = historyRows(f);

        Reply preview = api.post(PREVIEW, admin(), body(f.root, null, null, "PERCENT", "10", null).build().toString());
        assertEquals(200, preview.status(), preview.toString());
        JsonObject p = preview.json();
        assertEquals(4, p.getInt("total"), "A's two variants and B's two (sub-category), not C");
        assertEquals(4, p.getInt("changing"));
        assertEquals(0, p.getJsonArray("refusedSkus").size());
        assertFalse(p.getString("fingerprint").isBlank());
        Map<String, JsonObject> lines = lines(p);
        assertEquals(List.of(f.sku("A", 1), f.sku("A", 2), f.sku("B", 1), f.sku("B", 2)), new ArrayList<>(lines.keySet()),
                "by product name, then SKU");
        assertMoney("20.00", lines.get(f.sku("A", 1)), "oldPrice");
        assertMoney("22.00", lines.get(f.sku("A", 1)), "newPrice");
        assertMoney("2.00", lines.get(f.sku("A", 1)), "difference");
        assertMoney("33.00", lines.get(f.sku("B", 1)), "newPrice");
        assertTrue(lines.get(f.sku("B", 1)).getBoolean("overridden"));
        assertMoney("11.00", lines.get(f.sku("B", 2)), "newPrice");

        Reply byBrand = api.post(PREVIEW, admin(), body(null, f.brand, null, "AMOUNT", "-2.5", null).build().toString());
        assertEquals(List.of(f.sku("A", 1), f.sku("A", 2), f.sku("C", 1)), new ArrayList<>(lines(byBrand.json()).keySet()));
        assertMoney("47.50", lines(byBrand.json()).get(f.sku("C", 1)), "newPrice");

        Reply limited = api.post(PREVIEW, admin(), body(f.root, null, null, "SET", "9.99", null).add("limit", 1)
                .build().toString());
        assertEquals(1, limited.json().getJsonArray("items").size(), "capped lines");
        assertEquals(4, limited.json().getInt("total"), "the total still counts all");

        assertEquals(before, prices(f), "a preview writes nothing");
        assertEquals(history, historyRows(f));
    }

    @Test
    @DisplayName("apply changes exactly the previewed variants: base price once when all its variants are selected, "
            + "overrides otherwise, one BULK history row each with the operation id")
    void applyWritesPricesAndHistory() throws Exception {
        Fixture f = new Fixture();
        long versionA = productVersion(f.a);
        Reply preview = api.post(PREVIEW, admin(), body(f.root, null, null, "PERCENT", "10", null).build().toString());
        String fingerprint = preview.json().getString("fingerprint");
        Map<String, JsonObject> previewed = lines(preview.json());

        Reply applied = api.post(APPLY, manager(), body(f.root, null, null, "PERCENT", "10", "Alza de proveedor")
                .add("fingerprint", fingerprint).build().toString());
        assertEquals(200, applied.status(), applied.toString());
        JsonObject result = applied.json();
        String operation = result.getString("operationId");
        assertEquals(36, operation.length(), "a UUID");
        assertEquals(4, result.getInt("changedVariants"));
        assertEquals(2, result.getInt("basePricesChanged"), "A and B move their base price");
        assertEquals(1, result.getInt("overridesChanged"), "B-1 keeps its own price, raised");

        Map<String, BigDecimal> after = prices(f);
        for (Map.Entry<String, JsonObject> line : previewed.entrySet()) {
            assertEquals(line.getValue().getJsonNumber("newPrice").bigDecimalValue(), after.get(line.getKey()),
                    line.getKey() + " got the previewed price");
        }
        assertEquals(new BigDecimal("50.00"), after.get(f.sku("C", 1)), "outside the selection: untouched");
        assertEquals(new BigDecimal("22.00"), value("SELECT base_price FROM products WHERE id = ?", f.a));
        assertEquals(new BigDecimal("11.00"), value("SELECT base_price FROM products WHERE id = ?", f.b));
        assertNull(value("SELECT price_override FROM product_variants WHERE sku = ?", f.sku("A", 1)),
                "A's variants still follow the base price");
        assertEquals(new BigDecimal("33.00"), value("SELECT price_override FROM product_variants WHERE sku = ?",
                f.sku("B", 1)));
        assertTrue(productVersion(f.a) > versionA, "the product's version moved (a concurrent editor gets 409)");

        List<Map<String, Object>> rows = rows("SELECT v.sku, h.old_price, h.new_price, h.change_type, h.reference_source,"
                + " h.justification, h.changed_by FROM price_change_history h JOIN product_variants v ON v.id = h.variant_id"
                + " WHERE h.reference_id = ? ORDER BY v.sku", operation);
        assertEquals(4, rows.size(), "one history row per changed variant");
        long manager = ((Number) rows("SELECT id FROM users WHERE email = 'manager@colca.test'").get(0).get("id"))
                .longValue();
        for (Map<String, Object> row : rows) {
            String sku = (String) row.get("sku");
            assertEquals("BULK", row.get("change_type"));
            assertEquals("bulk_price_update", row.get("reference_source"));
            assertEquals("Alza de proveedor", row.get("justification"));
            assertEquals(manager, ((Number) row.get("changed_by")).longValue());
            assertEquals(0, previewed.get(sku).getJsonNumber("oldPrice").bigDecimalValue()
                    .compareTo((BigDecimal) row.get("old_price")), sku);
            assertEquals(0, previewed.get(sku).getJsonNumber("newPrice").bigDecimalValue()
                    .compareTo((BigDecimal) row.get("new_price")), sku);
        }
        assertEquals(1, rows("SELECT 1 FROM audit_logs WHERE action = 'BULK_PRICE' AND entity_id = ?", operation).size());

        Reply stale = api.post(APPLY, manager(), body(f.root, null, null, "PERCENT", "10", "otra vez")
                .add("fingerprint", fingerprint).build().toString());
        CatalogApiIT.assertProblem(stale, 409, "bulk-selection-changed");
        assertEquals(after, prices(f), "a stale preview changes nothing");
    }

    @Test
    @DisplayName("selecting some variants of a product by SKU gives those an override; the others keep the base price")
    void partialSelectionUsesOverrides() throws Exception {
        Fixture f = new Fixture();
        Reply applied = api.post(APPLY, admin(), body(null, null, List.of(f.sku("A", 2).toLowerCase(Locale.ROOT)), "SET",
                "24.9", "Precio de temporada").build().toString());
        assertEquals(200, applied.status(), applied.toString());
        assertEquals(1, applied.json().getInt("changedVariants"));
        assertEquals(0, applied.json().getInt("basePricesChanged"));
        assertEquals(new BigDecimal("24.90"), value("SELECT price_override FROM product_variants WHERE sku = ?",
                f.sku("A", 2)));
        assertEquals(new BigDecimal("20.00"), value("SELECT base_price FROM products WHERE id = ?", f.a));
        assertEquals(new BigDecimal("20.00"), prices(f).get(f.sku("A", 1)));

        Reply unknown = api.post(PREVIEW, admin(), body(null, null, List.of(f.sku("A", 1), "NO-SUCH-" + f.tag), "PERCENT",
                "5", null).build().toString());
        assertEquals(List.of("NO-SUCH-" + f.tag), ApiClient.strings(unknown.json().getJsonArray("unknownSkus")));
    }

    @Test
    @DisplayName("justification, criteria and mode are required; a price at zero or below refuses the whole update")
    void refusalsChangeNothing() throws Exception {
        Fixture f = new Fixture();
        Map<String, BigDecimal> before = prices(f);
        long history = historyRows(f);

        Reply noReason = api.post(APPLY, admin(), body(f.root, null, null, "PERCENT", "5", "  ").build().toString());
        CatalogApiIT.assertProblem(noReason, 400, "invalid-input");
        assertTrue(noReason.fieldErrors().containsKey("justification"), noReason.toString());

        Reply noCriteria = api.post(APPLY, admin(), body(null, null, null, "PERCENT", "5", "x").build().toString());
        CatalogApiIT.assertProblem(noCriteria, 400, "invalid-input");
        assertTrue(noCriteria.fieldErrors().containsKey("criteria"), noCriteria.toString());

        Reply badMode = api.post(PREVIEW, admin(), body(f.root, null, null, "DOUBLE", "5", null).build().toString());
        CatalogApiIT.assertProblem(badMode, 400, "invalid-input");

        Reply preview = api.post(PREVIEW, admin(), body(f.root, null, null, "AMOUNT", "-15", null).build().toString());
        assertEquals(List.of(f.sku("B", 2)), ApiClient.strings(preview.json().getJsonArray("refusedSkus")),
                "10.00 - 15 is below zero; 20 - 15 and 30 - 15 are fine");
        assertTrue(lines(preview.json()).get(f.sku("B", 2)).getBoolean("refused"));

        Reply negative = api.post(APPLY, admin(), body(f.root, null, null, "AMOUNT", "-15", "Liquidación").build()
                .toString());
        CatalogApiIT.assertProblem(negative, 422, "bulk-price-not-positive");
        assertEquals(List.of(f.sku("B", 2)), ApiClient.strings(negative.json().getJsonArray("skus")));

        Reply zero = api.post(APPLY, admin(), body(f.root, null, null, "PERCENT", "-100", "Regalo").build().toString());
        CatalogApiIT.assertProblem(zero, 422, "bulk-price-not-positive");

        Reply cashier = api.post(PREVIEW, api.token("cashier@colca.test"), body(f.root, null, null, "PERCENT", "5",
                null).build().toString());
        CatalogApiIT.assertProblem(cashier, 403, "forbidden");

        assertEquals(before, prices(f), "nothing changed");
        assertEquals(history, historyRows(f));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private String admin() {
        return api.token("admin@colca.test");
    }

    private String manager() {
        return api.token("manager@colca.test");
    }

    private static JsonObjectBuilder body(Integer category, Integer brand, List<String> skus, String mode, String value,
                                          String justification) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("mode", mode).add("value", new BigDecimal(value));
        if (category != null) {
            b.add("categoryId", category);
        }
        if (brand != null) {
            b.add("brandId", brand);
        }
        if (skus != null) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            skus.forEach(list::add);
            b.add("skus", list);
        }
        if (justification != null) {
            b.add("justification", justification);
        }
        return b;
    }

    private int category(String name, Integer parent) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name);
        if (parent != null) {
            body.add("parentId", parent);
        }
        Reply created = api.post("/api/v1/categories", admin(), body.build().toString());
        assertEquals(201, created.status(), created.toString());
        return created.json().getInt("id");
    }

    private int brand(String name) {
        Reply created = api.post("/api/v1/brands", admin(), Json.createObjectBuilder().add("name", name).build().toString());
        assertEquals(201, created.status(), created.toString());
        return created.json().getInt("id");
    }

    private static JsonObjectBuilder variant(String sku, String override) {
        JsonObjectBuilder v = Json.createObjectBuilder().add("sku", sku);
        if (override != null) {
            v.add("priceOverride", new BigDecimal(override));
        }
        return v;
    }

    private long product(String name, String basePrice, int category, Integer brand, JsonObjectBuilder... variants) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder v : variants) {
            list.add(v);
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name).add("basePrice", new BigDecimal(basePrice))
                .add("status", "ACTIVE").add("categoryId", category).add("variants", list);
        if (brand != null) {
            body.add("brandId", brand);
        }
        Reply created = api.post("/api/v1/products", admin(), body.build().toString());
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private static Map<String, JsonObject> lines(JsonObject preview) {
        Map<String, JsonObject> lines = new LinkedHashMap<>();
        preview.getJsonArray("items").getValuesAs(JsonObject.class).forEach(l -> lines.put(l.getString("sku"), l));
        return lines;
    }

    private static void assertMoney(String expected, JsonObject line, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(line.getJsonNumber(field).bigDecimalValue()),
                field + " of " + line);
    }

    /** SKU → effective price of the fixture's variants, read from the database. */
    private static Map<String, BigDecimal> prices(Fixture f) throws Exception {
        Map<String, BigDecimal> prices = new HashMap<>();
        for (Map<String, Object> row : rows("SELECT v.sku, coalesce(v.price_override, p.base_price) AS price"
                + " FROM product_variants v JOIN products p ON p.id = v.product_id WHERE v.sku LIKE ?", "%-" + f.tag + "-%")) {
            prices.put((String) row.get("sku"), (BigDecimal) row.get("price"));
        }
        assertEquals(5, prices.size());
        return prices;
    }

    private static long historyRows(Fixture f) throws Exception {
        return ((Number) rows("SELECT count(*) AS n FROM price_change_history h JOIN product_variants v ON v.id = h.variant_id"
                + " WHERE v.sku LIKE ?", "%-" + f.tag + "-%").get(0).get("n")).longValue();
    }

    private static long productVersion(long id) throws Exception {
        return ((Number) value("SELECT version FROM products WHERE id = ?", id)).longValue();
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static Object value(String sql, Object... params) throws Exception {
        List<Map<String, Object>> rows = rows(sql, params);
        assertEquals(1, rows.size(), sql);
        return rows.get(0).values().iterator().next();
    }

    private static List<Map<String, Object>> rows(String sql, Object... params) throws Exception {
        try (Connection db = TestServer.jdbc(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
