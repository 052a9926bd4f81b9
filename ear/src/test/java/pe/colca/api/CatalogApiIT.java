package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestServer;

/**
 * The catalog API end to end ({@code /api/v1/products}, {@code /variants}, {@code /categories},
 * {@code /brands}): HTTP against the deployed EAR, checked in the database. Names, SKUs and barcodes
 * carry a random part so reruns against the same database never collide.
 */
class CatalogApiIT extends ClientIntegration {

    private static final String PRODUCTS = "/api/v1/products";
    private static final String VARIANTS = "/api/v1/variants";
    private static final String CATEGORIES = "/api/v1/categories";
    private static final String ADMIN = "admin@colca.test";
    private static final String MANAGER = "manager@colca.test";
    private static final String CASHIER = "cashier@colca.test";

    private final ApiClient api = new ApiClient();

    // ---------------------------------------------------------------------------------------------- create

    @Test
    @DisplayName("POST creates a product with two variants (201, ETag, slug from the name, first prices in the history)")
    void createWithTwoVariants() throws Exception {
        String tag = tag();
        String skuA = "POLO-" + tag + "-M";
        String skuB = "POLO-" + tag + "-L";
        String barcode = ean13();
        Reply created = api.post(PRODUCTS, admin(), product("Polo Algodón Pima " + tag, "25.00",
                variant(skuA.toLowerCase(Locale.ROOT), barcode).add("size", "M").add("color", "Azul"),
                variant(skuB, null).add("size", "L").add("priceOverride", "27.50"))
                .add("costPrice", "30.00")
                .add("attributes", Json.createObjectBuilder().add("material", "algodón").add("gramaje", 180))
                .build().toString());

        assertEquals(201, created.status(), created.toString());
        assertEquals("\"0\"", created.header("ETag"));
        JsonObject body = created.json();
        long id = body.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith(PRODUCTS + "/" + id));
        assertEquals("polo-algodon-pima-" + tag.toLowerCase(Locale.ROOT), body.getString("slug"));
        assertEquals("ACTIVE", body.getString("status"));
        assertEquals("10", body.getString("taxCode"));
        assertEquals(new BigDecimal("25.00"), body.getJsonNumber("basePrice").bigDecimalValue());
        assertTrue(body.getBoolean("costAbovePrice"), "cost above price is allowed but said");
        assertEquals(new BigDecimal("-5.00"), body.getJsonNumber("margin").bigDecimalValue());
        assertTrue(ApiClient.strings(body.getJsonArray("warnings")).contains("cost-above-price"));
        assertEquals("algodón", body.getJsonObject("attributes").getString("material"));
        List<JsonObject> variants = body.getJsonArray("variants").getValuesAs(JsonObject.class);
        assertEquals(2, variants.size());
        assertEquals(skuA, variants.get(0).getString("sku"), "SKUs are stored upper case");
        assertEquals(barcode, variants.get(0).getString("barcode"));
        assertEquals(new BigDecimal("25.00"), variants.get(0).getJsonNumber("effectivePrice").bigDecimalValue());
        assertFalse(variants.get(0).getBoolean("priceOverridden"));
        assertEquals(new BigDecimal("27.50"), variants.get(1).getJsonNumber("effectivePrice").bigDecimalValue());
        assertTrue(variants.get(1).getBoolean("priceOverridden"));

        for (JsonObject v : variants) {
            Map<String, Object> first = row("SELECT old_price, new_price, change_type, changed_by, reference_source"
                    + " FROM price_change_history WHERE variant_id = ?", v.getJsonNumber("id").longValue());
            assertNull(first.get("old_price"));
            assertEquals(0, v.getJsonNumber("effectivePrice").bigDecimalValue()
                    .compareTo((BigDecimal) first.get("new_price")));
            assertEquals("BASE", first.get("change_type"));
            assertEquals(userId(ADMIN), ((Number) first.get("changed_by")).longValue());
        }
        assertEquals(1, count("SELECT count(*) FROM audit_logs WHERE entity_table = 'products' AND entity_id = ?"
                + " AND action = 'CREATE'", String.valueOf(id)));

        Reply read = api.get(PRODUCTS + "/" + id, cashier());
        assertEquals(200, read.status(), read.toString());
        assertEquals("\"0\"", read.header("ETag"));
        assertEquals(body, read.json());

        Reply same = api.post(PRODUCTS, admin(), product("Polo Algodón Pima " + tag, "25.00",
                variant("POLO-" + tag + "-S", null)).build().toString());
        assertEquals(201, same.status(), same.toString());
        assertEquals("polo-algodon-pima-" + tag.toLowerCase(Locale.ROOT) + "-2", same.json().getString("slug"),
                "a taken slug gets -2");
    }

    @Test
    @DisplayName("a SKU or barcode already used by a live variant is a 409 duplicate-key and nothing is written")
    void duplicateSkuIs409() throws Exception {
        String tag = tag();
        String sku = "DUP-" + tag;
        String barcode = ean13();
        assertEquals(201, api.post(PRODUCTS, admin(), product("Original " + tag, "10.00", variant(sku, barcode))
                .build().toString()).status());

        Reply sameSku = api.post(PRODUCTS, admin(), product("Copia " + tag, "10.00", variant(sku.toLowerCase(Locale.ROOT),
                null)).build().toString());
        assertProblem(sameSku, 409, "duplicate-key");
        assertTrue(sameSku.fieldErrors().containsKey("sku"), sameSku.toString());

        Reply sameBarcode = api.post(PRODUCTS, admin(), product("Copia " + tag, "10.00", variant("OTHER-" + tag,
                barcode)).build().toString());
        assertProblem(sameBarcode, 409, "duplicate-key");
        assertTrue(sameBarcode.fieldErrors().containsKey("barcode"), sameBarcode.toString());

        Reply twiceInOne = api.post(PRODUCTS, admin(), product("Copia " + tag, "10.00", variant("TW-" + tag, null),
                variant("tw-" + tag, null)).build().toString());
        assertProblem(twiceInOne, 409, "duplicate-key");
        assertEquals(0, count("SELECT count(*) FROM products WHERE name = ?", "Copia " + tag));
    }

    @Test
    @DisplayName("a wrong check digit, a price of zero or bad JSON types are refused with problem+json, nothing written")
    void badInputIsRefused() throws Exception {
        String tag = tag();
        String good = ean13();
        String wrong = good.substring(0, 12) + ((good.charAt(12) - '0' + 1) % 10);
        Reply badBarcode = api.post(PRODUCTS, admin(), product("Malo " + tag, "10.00", variant("BAD-" + tag, wrong))
                .build().toString());
        assertProblem(badBarcode, 400, "invalid-barcode");
        assertTrue(badBarcode.fieldErrors().containsKey("barcode"), badBarcode.toString());

        Reply notGs1 = api.post(PRODUCTS, admin(), product("Malo " + tag, "10.00", variant("BAD-" + tag, "ABC-123"))
                .build().toString());
        assertProblem(notGs1, 400, "invalid-barcode");

        Reply zero = api.post(PRODUCTS, admin(), product("Malo " + tag, "0", variant("BAD-" + tag, null))
                .build().toString());
        assertProblem(zero, 422, "price-not-positive");

        Reply types = api.post(PRODUCTS, admin(), Json.createObjectBuilder().add("name", 5).add("basePrice", "x")
                .add("taxCode", "99").add("variants", Json.createArrayBuilder()).add("colour", "red").build().toString());
        assertProblem(types, 400, "invalid-input");
        assertTrue(types.fieldErrors().keySet().containsAll(List.of("name", "basePrice", "taxCode", "variants",
                "colour")), types.toString());

        assertEquals(0, count("SELECT count(*) FROM products WHERE name = ?", "Malo " + tag));
    }

    // ---------------------------------------------------------------------------------------------- concurrency

    @Test
    @DisplayName("two edits of one product with the same If-Match at once: exactly one 200, the other 409")
    void concurrentEditsOneWins() throws Exception {
        String tag = tag();
        long id = createProduct("Concurrente " + tag, "10.00", variant("CON-" + tag, null));
        String token = admin();
        List<CompletableFuture<Reply>> edits = new ArrayList<>();
        for (String name : List.of("Edición A " + tag, "Edición B " + tag)) {
            edits.add(CompletableFuture.supplyAsync(() -> api.put(PRODUCTS + "/" + id, token,
                    description(name).build().toString(), "If-Match", "\"0\"")));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Reply> edit : edits) {
            Reply reply = edit.get();
            statuses.add(reply.status());
            if (reply.status() == 409) {
                assertProblem(reply, 409, "stale-version");
            }
        }
        statuses.sort(null);
        assertEquals(List.of(200, 409), statuses);
        assertEquals(1L, ((Number) row("SELECT version FROM products WHERE id = ?", id).get("version")).longValue());

        Reply stale = api.put(PRODUCTS + "/" + id, token, description("Tarde " + tag).build().toString(),
                "If-Match", "\"0\"");
        assertProblem(stale, 409, "stale-version");
        assertProblem(api.put(PRODUCTS + "/" + id, token, description("Sin versión").build().toString()), 428,
                "precondition-required");
    }

    // ---------------------------------------------------------------------------------------------- prices

    @Test
    @DisplayName("a base price change writes a history row for every variant without an override, none for the others")
    void basePriceChangeHistory() throws Exception {
        String tag = tag();
        long id = createProduct("Precio base " + tag, "10.00", variant("PB-" + tag + "-1", null),
                variant("PB-" + tag + "-2", null), variant("PB-" + tag + "-3", null).add("priceOverride", "12.00"));
        List<Long> variants = variantIds(id);

        Reply changed = api.post(PRODUCTS + "/" + id + "/price", manager(),
                Json.createObjectBuilder().add("newPrice", "10.50").build().toString(), "If-Match", "\"0\"");

        assertEquals(200, changed.status(), changed.toString());
        assertEquals("\"1\"", changed.header("ETag"));
        assertEquals(new BigDecimal("10.50"), changed.json().getJsonNumber("basePrice").bigDecimalValue());
        for (Long v : variants.subList(0, 2)) {
            Map<String, Object> h = row("SELECT old_price, new_price, change_type, changed_by, justification,"
                    + " reference_source, reference_id FROM price_change_history WHERE variant_id = ?"
                    + " AND old_price IS NOT NULL", v);
            assertEquals(new BigDecimal("10.00"), h.get("old_price"));
            assertEquals(new BigDecimal("10.50"), h.get("new_price"));
            assertEquals("BASE", h.get("change_type"));
            assertEquals(userId(MANAGER), ((Number) h.get("changed_by")).longValue());
            assertNull(h.get("justification"), "5 % is below the threshold");
            assertEquals("product", h.get("reference_source"));
            assertEquals(String.valueOf(id), h.get("reference_id"));
        }
        assertEquals(1, count("SELECT count(*) FROM price_change_history WHERE variant_id = ?", variants.get(2)),
                "the overridden variant only has its first price");
        Reply history = api.get(VARIANTS + "/" + variants.get(0) + "/price-history", cashier());
        assertEquals(200, history.status(), history.toString());
        assertEquals(2, history.json().getInt("total"));
        assertEquals(new BigDecimal("10.50"), history.json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("newPrice").bigDecimalValue(), "newest first");
    }

    @Test
    @DisplayName("above the threshold without a justification: 422 and nothing written; with one: the row keeps who and why")
    void justificationRequired() throws Exception {
        String tag = tag();
        long id = createProduct("Justificar " + tag, "10.00", variant("JU-" + tag, null));
        long variant = variantIds(id).get(0);

        Reply refused = api.post(PRODUCTS + "/" + id + "/price", admin(),
                Json.createObjectBuilder().add("newPrice", "12.00").build().toString(), "If-Match", "\"0\"");
        assertProblem(refused, 422, "justification-required");
        assertEquals(new BigDecimal("10.00"), row("SELECT base_price FROM products WHERE id = ?", id).get("base_price"));
        assertEquals(0L, ((Number) row("SELECT version FROM products WHERE id = ?", id).get("version")).longValue());
        assertEquals(1, count("SELECT count(*) FROM price_change_history WHERE variant_id = ?", variant));

        Reply accepted = api.post(PRODUCTS + "/" + id + "/price", admin(), Json.createObjectBuilder()
                .add("newPrice", "12.00").add("justification", "Alza del proveedor " + tag).build().toString(),
                "If-Match", "\"0\"");
        assertEquals(200, accepted.status(), accepted.toString());
        Map<String, Object> h = row("SELECT old_price, new_price, changed_by, justification, changed_at"
                + " FROM price_change_history WHERE variant_id = ? AND old_price IS NOT NULL", variant);
        assertEquals(new BigDecimal("10.00"), h.get("old_price"));
        assertEquals(new BigDecimal("12.00"), h.get("new_price"));
        assertEquals(userId(ADMIN), ((Number) h.get("changed_by")).longValue());
        assertEquals("Alza del proveedor " + tag, h.get("justification"));
        assertNotNull(h.get("changed_at"));
        assertEquals(1, count("SELECT count(*) FROM audit_logs WHERE entity_table = 'products' AND entity_id = ?"
                + " AND action = 'PRICE'", String.valueOf(id)));
    }

    @Test
    @DisplayName("an override change writes a row (old and new effective price); removing it goes back to the base price")
    void overrideChangeHistory() throws Exception {
        String tag = tag();
        long id = createProduct("Override " + tag, "20.00", variant("OV-" + tag, null));
        long variant = variantIds(id).get(0);

        Reply set = api.post(VARIANTS + "/" + variant + "/price", manager(), Json.createObjectBuilder()
                .add("newPrice", "19.00").add("type", "PROMO").add("referenceSource", "promotion")
                .add("referenceId", "42").build().toString(), "If-Match", "\"0\"");
        assertEquals(200, set.status(), set.toString());
        assertEquals("\"1\"", set.header("ETag"));
        assertEquals(new BigDecimal("19.00"), set.json().getJsonNumber("effectivePrice").bigDecimalValue());
        Map<String, Object> h = row("SELECT old_price, new_price, change_type, reference_source, reference_id"
                + " FROM price_change_history WHERE variant_id = ? AND change_type = 'PROMO'", variant);
        assertEquals(new BigDecimal("20.00"), h.get("old_price"));
        assertEquals(new BigDecimal("19.00"), h.get("new_price"));
        assertEquals("promotion", h.get("reference_source"));
        assertEquals("42", h.get("reference_id"));

        Reply tooMuch = api.post(VARIANTS + "/" + variant + "/price", manager(), Json.createObjectBuilder()
                .add("newPrice", "5.00").build().toString(), "If-Match", "\"1\"");
        assertProblem(tooMuch, 422, "justification-required");

        Reply removed = api.post(VARIANTS + "/" + variant + "/price", manager(), Json.createObjectBuilder()
                .addNull("newPrice").build().toString(), "If-Match", "\"1\"");
        assertEquals(200, removed.status(), removed.toString());
        assertFalse(removed.json().getBoolean("priceOverridden"));
        assertEquals(new BigDecimal("20.00"), removed.json().getJsonNumber("effectivePrice").bigDecimalValue());
        assertEquals(3, count("SELECT count(*) FROM price_change_history WHERE variant_id = ?", variant));

        assertProblem(api.post(VARIANTS + "/" + variant + "/price", manager(), Json.createObjectBuilder()
                .add("newPrice", "-1").build().toString(), "If-Match", "\"2\""), 422, "price-not-positive");
    }

    // ---------------------------------------------------------------------------------------------- lookup and search

    @Test
    @DisplayName("lookup by barcode or SKU gives variant, product name, effective price and tax code")
    void lookupByBarcodeAndSku() throws Exception {
        String tag = tag();
        String barcode = ean13();
        long id = createProduct("Gaseosa " + tag, "3.50", variant("GAS-" + tag, barcode).add("priceOverride", "3.20"));

        Reply byBarcode = api.get(VARIANTS + "/lookup?code=" + barcode, cashier());
        assertEquals(200, byBarcode.status(), byBarcode.toString());
        JsonObject hit = byBarcode.json();
        assertEquals(id, hit.getJsonNumber("productId").longValue());
        assertEquals("Gaseosa " + tag, hit.getString("productName"));
        assertEquals(new BigDecimal("3.20"), hit.getJsonNumber("price").bigDecimalValue());
        assertEquals("10", hit.getString("taxCode"));

        Reply bySku = api.get(VARIANTS + "/lookup?code=" + ApiClient.q("gas-" + tag.toLowerCase(Locale.ROOT)), cashier());
        assertEquals(200, bySku.status(), bySku.toString());
        assertEquals(hit, bySku.json());

        assertProblem(api.get(VARIANTS + "/lookup?code=NOPE-" + tag, cashier()), 404, "not-found");
        assertProblem(api.get(VARIANTS + "/lookup", cashier()), 400, "invalid-input");
    }

    @Test
    @DisplayName("search by name is accent- and case-insensitive on partial words; SKU and barcode match exactly")
    void accentInsensitiveSearch() throws Exception {
        String tag = tag();
        String barcode = ean13();
        long id = createProduct("Café Orgánico Tostado " + tag, "25.00", variant("CAFE-" + tag, barcode));

        for (String q : List.of("cafe " + tag, "CAFÉ organ " + tag.toLowerCase(Locale.ROOT), "tost " + tag,
                "cafe-" + tag.toLowerCase(Locale.ROOT), barcode)) {
            Reply page = api.get(PRODUCTS + "?q=" + ApiClient.q(q), cashier());
            assertEquals(200, page.status(), page.toString());
            assertEquals(List.of(id), ids(page), q);
        }
        assertEquals(List.of(), ids(api.get(PRODUCTS + "?q=" + ApiClient.q("te " + tag + "x"), cashier())));
        long upper = createProduct("PIÑA ÁCIDA EN ALMÍBAR " + tag, "7.00", variant("PINA-" + tag, null));
        assertEquals(List.of(upper), ids(api.get(PRODUCTS + "?q=" + ApiClient.q("pina acida " + tag), cashier())),
                "upper-case accented letters are found too");
        assertProblem(api.get(PRODUCTS + "?status=GONE", cashier()), 400, "invalid-input");
    }

    @Test
    @DisplayName("a soft-deleted product is not found (GET, search) and refused by the lookup (422); restored, it comes back discontinued (422)")
    void softDeletedNotFoundByLookup() throws Exception {
        String tag = tag();
        String barcode = ean13();
        long id = createProduct("Borrable " + tag, "5.00", variant("DEL-" + tag, barcode));
        assertEquals(200, api.get(VARIANTS + "/lookup?code=" + barcode, cashier()).status());

        assertProblem(api.delete(PRODUCTS + "/" + id, admin(), "If-Match", "\"0\""), 400, "invalid-input");
        Reply deleted = api.delete(PRODUCTS + "/" + id + "?reason=" + ApiClient.q("Ya no se vende"), admin(),
                "If-Match", "\"0\"");
        assertEquals(204, deleted.status(), deleted.toString());

        assertProblem(api.get(VARIANTS + "/lookup?code=" + barcode, cashier()), 422, "not-for-sale");
        assertProblem(api.get(PRODUCTS + "/" + id, cashier()), 404, "not-found");
        assertEquals(List.of(), ids(api.get(PRODUCTS + "?q=" + ApiClient.q("borrable " + tag), cashier())));
        Map<String, Object> row = row("SELECT deletion_reason, deleted_by FROM products WHERE id = ?", id);
        assertEquals("Ya no se vende", row.get("deletion_reason"));
        assertEquals(userId(ADMIN), ((Number) row.get("deleted_by")).longValue());

        Reply restored = api.post(PRODUCTS + "/" + id + "/restore", admin(), "{}");
        assertEquals(200, restored.status(), restored.toString());
        assertEquals("DISCONTINUED", restored.json().getString("status"));
        assertProblem(api.get(VARIANTS + "/lookup?code=" + barcode, cashier()), 422, "not-for-sale");
    }

    // ---------------------------------------------------------------------------------------------- categories

    @Test
    @DisplayName("categories: breadcrumbs root first; moving a category under its own descendant is a 422 category-cycle")
    void categoryCycleRefused() throws Exception {
        String tag = tag();
        JsonObject a = category("Ropa " + tag, null);
        JsonObject b = category("Hombre " + tag, a.getInt("id"));
        JsonObject c = category("Polos " + tag, b.getInt("id"));
        assertEquals(List.of("Ropa " + tag, "Hombre " + tag, "Polos " + tag),
                c.getJsonArray("breadcrumbs").getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList());

        Reply cycle = api.put(CATEGORIES + "/" + a.getInt("id"), admin(), Json.createObjectBuilder()
                .add("name", "Ropa " + tag).add("parentId", c.getInt("id")).build().toString(), "If-Match", "\"0\"");
        assertProblem(cycle, 422, "category-cycle");
        Reply self = api.put(CATEGORIES + "/" + a.getInt("id"), admin(), Json.createObjectBuilder()
                .add("name", "Ropa " + tag).add("parentId", a.getInt("id")).build().toString(), "If-Match", "\"0\"");
        assertProblem(self, 422, "category-cycle");
        assertNull(row("SELECT parent_id FROM categories WHERE id = ?", a.getInt("id")).get("parent_id"));

        Reply moved = api.put(CATEGORIES + "/" + c.getInt("id"), admin(), Json.createObjectBuilder()
                .add("name", "Polos " + tag).add("parentId", a.getInt("id")).build().toString(), "If-Match", "\"0\"");
        assertEquals(200, moved.status(), moved.toString());
        assertEquals("\"1\"", moved.header("ETag"));
        assertEquals(1, moved.json().getInt("version"));
        assertEquals(2, moved.json().getJsonArray("breadcrumbs").size());

        Reply inUse = api.delete(CATEGORIES + "/" + a.getInt("id"), admin(), "If-Match", "\"0\"");
        assertProblem(inUse, 409, "still-in-use");
        assertProblem(api.post(CATEGORIES, cashier(), Json.createObjectBuilder().add("name", "X " + tag).build()
                .toString()), 403, "forbidden");
    }

    @Test
    @DisplayName("two edits of one category with the same If-Match at once: exactly one 200, the other 409; "
            + "delete needs the current version")
    void concurrentCategoryEditsOneWins() throws Exception {
        String tag = tag();
        int id = category("Calzado " + tag, null).getInt("id");
        assertEquals("\"0\"", api.get(CATEGORIES + "/" + id, cashier()).header("ETag"));
        String token = admin();
        List<CompletableFuture<Reply>> edits = new ArrayList<>();
        for (String name : List.of("Calzado A " + tag, "Calzado B " + tag)) {
            edits.add(CompletableFuture.supplyAsync(() -> api.put(CATEGORIES + "/" + id, token,
                    Json.createObjectBuilder().add("name", name).add("active", true).build().toString(),
                    "If-Match", "\"0\"")));
        }
        List<Integer> statuses = new ArrayList<>();
        String winner = null;
        for (CompletableFuture<Reply> edit : edits) {
            Reply reply = edit.get();
            statuses.add(reply.status());
            if (reply.status() == 409) {
                assertProblem(reply, 409, "stale-version");
            } else {
                winner = reply.json().getString("name");
            }
        }
        statuses.sort(null);
        assertEquals(List.of(200, 409), statuses);
        Map<String, Object> stored = row("SELECT name, version FROM categories WHERE id = ?", id);
        assertEquals(winner, stored.get("name"), "the winner's edit is the one stored");
        assertEquals(1L, ((Number) stored.get("version")).longValue());

        assertProblem(api.put(CATEGORIES + "/" + id, token, Json.createObjectBuilder().add("name", "Sin versión")
                .build().toString()), 428, "precondition-required");
        assertProblem(api.delete(CATEGORIES + "/" + id, token), 428, "precondition-required");
        assertProblem(api.delete(CATEGORIES + "/" + id, token, "If-Match", "\"0\""), 409, "stale-version");
        assertEquals(204, api.delete(CATEGORIES + "/" + id, token, "If-Match", "\"1\"").status());
        assertEquals(0, count("SELECT count(*) FROM categories WHERE id = ?", id));
    }

    // ---------------------------------------------------------------------------------------------- variants, brands

    @Test
    @DisplayName("variants: add (201), edit with If-Match (price read-only there), search, delete; the last one stays (422)")
    void variantLifecycle() throws Exception {
        String tag = tag();
        long id = createProduct("Variantes " + tag, "15.00", variant("VAR-" + tag + "-1", null));
        long first = variantIds(id).get(0);

        Reply added = api.post(PRODUCTS + "/" + id + "/variants", admin(), variant("var-" + tag + "-2", ean13())
                .add("size", "XL").add("weight", "0.250").build().toString());
        assertEquals(201, added.status(), added.toString());
        long second = added.json().getJsonNumber("id").longValue();
        assertTrue(added.header("Location").endsWith(VARIANTS + "/" + second), added.header("Location"));
        assertEquals("VAR-" + tag + "-2", added.json().getString("sku"));
        assertEquals(1, count("SELECT count(*) FROM price_change_history WHERE variant_id = ?", second));

        Reply edited = api.put(VARIANTS + "/" + second, admin(), variant("VAR-" + tag + "-2B", null)
                .add("color", "Rojo").add("active", false).add("priceOverride", "1.00").build().toString(),
                "If-Match", "\"0\"");
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("\"1\"", edited.header("ETag"));
        assertEquals("Rojo", edited.json().getString("color"));
        assertFalse(edited.json().getBoolean("active"));
        assertFalse(edited.json().getBoolean("priceOverridden"), "the price changes only through /price");
        assertProblem(api.put(VARIANTS + "/" + second, admin(), variant("VAR-" + tag + "-2C", null).build().toString(),
                "If-Match", "\"0\""), 409, "stale-version");
        assertProblem(api.get(VARIANTS + "/lookup?code=VAR-" + tag + "-2B", cashier()), 422, "not-for-sale");

        Reply search = api.get(VARIANTS + "?q=" + ApiClient.q("variantes " + tag.toLowerCase(Locale.ROOT)), cashier());
        assertEquals(200, search.status(), search.toString());
        assertEquals(2, search.json().getInt("total"));

        assertEquals(204, api.delete(VARIANTS + "/" + second + "?reason=" + ApiClient.q("Talla retirada"), admin(),
                "If-Match", "\"1\"").status());
        assertProblem(api.get(VARIANTS + "/" + second, cashier()), 404, "not-found");
        assertProblem(api.delete(VARIANTS + "/" + first + "?reason=x", admin(), "If-Match", "\"0\""), 422,
                "last-variant");
        Reply reused = api.post(PRODUCTS + "/" + id + "/variants", admin(), variant("VAR-" + tag + "-2B", null)
                .build().toString());
        assertEquals(201, reused.status(), "a deleted variant frees its SKU: " + reused);
    }

    @Test
    @DisplayName("brands: create, duplicate name 409, rename, accent-insensitive list, delete refused while in use")
    void brandLifecycle() throws Exception {
        String tag = tag();
        Reply created = api.post("/api/v1/brands", admin(), Json.createObjectBuilder().add("name", "Ñandú " + tag)
                .build().toString());
        assertEquals(201, created.status(), created.toString());
        int brand = created.json().getInt("id");
        assertProblem(api.post("/api/v1/brands", admin(), Json.createObjectBuilder().add("name", "Ñandú " + tag)
                .build().toString()), 409, "duplicate-key");
        assertEquals("\"0\"", created.header("ETag"));
        JsonObject andino = Json.createObjectBuilder().add("name", "Ñandú Andino " + tag)
                .add("logoUrl", "https://cdn.colca.test/" + tag + ".png").build();
        assertProblem(api.put("/api/v1/brands/" + brand, admin(), andino.toString()), 428, "precondition-required");
        Reply renamed = api.put("/api/v1/brands/" + brand, admin(), andino.toString(), "If-Match", "\"0\"");
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("\"1\"", renamed.header("ETag"));
        assertProblem(api.put("/api/v1/brands/" + brand, admin(), andino.toString(), "If-Match", "\"0\""), 409,
                "stale-version");
        assertEquals("\"1\"", api.get("/api/v1/brands/" + brand, cashier()).header("ETag"));
        Reply list = api.get("/api/v1/brands?q=" + ApiClient.q("nandu andino " + tag), cashier());
        assertEquals(1, list.json().getInt("total"), list.toString());

        long product = createProduct("Con marca " + tag, "9.00", variant("BR-" + tag, null));
        Reply filed = api.put(PRODUCTS + "/" + product, admin(), description("Con marca " + tag).add("brandId", brand)
                .build().toString(), "If-Match", "\"0\"");
        assertEquals(200, filed.status(), filed.toString());
        assertEquals(List.of(product), ids(api.get(PRODUCTS + "?brandId=" + brand, cashier())));
        assertProblem(api.delete("/api/v1/brands/" + brand, admin()), 428, "precondition-required");
        assertProblem(api.delete("/api/v1/brands/" + brand, admin(), "If-Match", "\"0\""), 409, "stale-version");
        assertProblem(api.delete("/api/v1/brands/" + brand, admin(), "If-Match", "\"1\""), 409, "still-in-use");
        assertProblem(api.put(PRODUCTS + "/" + product, admin(), description("Con marca " + tag)
                .add("brandId", 999999999).build().toString(), "If-Match", "\"1\""), 400, "invalid-input");
    }

    @Test
    @DisplayName("with 20,000 products the name search uses the trigram GIN index and the POS lookup the barcode/SKU indexes")
    void searchAndLookupUseIndexes() throws Exception {
        try (Connection db = TestServer.jdbc()) {
            db.setAutoCommit(false);
            try (var st = db.createStatement()) {
                // rows of this transaction only (rolled back below); negative ids never meet the sequences
                st.execute("INSERT INTO products (id, name, slug, base_price) SELECT -g, 'Producto plan ' || g || ' '"
                        + " || md5(g::text), 'plan-' || g || '-' || md5(random()::text), 10"
                        + " FROM generate_series(1, 20000) g");
                st.execute("INSERT INTO product_variants (id, product_id, sku, barcode) SELECT -g, -g,"
                        + " 'PLAN-' || g || '-' || md5(random()::text), md5(random()::text) FROM generate_series(1, 20000) g");
                st.execute("ANALYZE products");
                st.execute("ANALYZE product_variants");
                String search = plan(st, "SELECT p.id FROM products p WHERE p.deleted_at IS NULL"
                        + " AND colca_unaccent(lower(p.name)) LIKE '%cafe%' ESCAPE '!'"
                        + " AND colca_unaccent(lower(p.name)) LIKE '%organico%' ESCAPE '!'");
                assertTrue(search.contains("ix_products_name_trgm"), search);
                String lookup = plan(st, "SELECT v.id FROM product_variants v JOIN products p ON p.id = v.product_id"
                        + " WHERE v.deleted_at IS NULL AND (v.barcode = '7750885000192' OR v.sku = '7750885000192')");
                assertTrue(lookup.contains("uq_product_variants_barcode") && lookup.contains("uq_product_variants_sku")
                        && !lookup.contains("Seq Scan on product_variants"), lookup);
                st.execute("UPDATE product_variants SET deleted_at = now(), deletion_reason = 'plan'"
                        + " WHERE id BETWEEN -20000 AND -19000");
                st.execute("ANALYZE product_variants");
                String deleted = plan(st, "SELECT v.id FROM product_variants v JOIN products p ON p.id = v.product_id"
                        + " WHERE v.deleted_at IS NOT NULL AND (v.barcode = '7750885000192' OR v.sku = '7750885000192')");
                assertTrue(deleted.contains("ix_product_variants_deleted_barcode")
                        && deleted.contains("ix_product_variants_deleted_sku")
                        && !deleted.contains("Seq Scan on product_variants"), "a miss of the POS lookup (V15): " + deleted);
            } finally {
                db.rollback();
            }
        }
    }

    private static String plan(java.sql.Statement st, String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    // ---------------------------------------------------------------------------------------------- permissions

    @Test
    @DisplayName("a cashier may read and look up, but not create, edit, reprice or delete (403)")
    void cashierCannotEdit() throws Exception {
        String tag = tag();
        long id = createProduct("Permisos " + tag, "8.00", variant("PER-" + tag, null));
        assertEquals(200, api.get(PRODUCTS + "/" + id, cashier()).status());
        assertProblem(api.put(PRODUCTS + "/" + id, cashier(), description("Cajero " + tag).build().toString(),
                "If-Match", "\"0\""), 403, "forbidden");
        assertProblem(api.post(PRODUCTS + "/" + id + "/price", cashier(), Json.createObjectBuilder()
                .add("newPrice", "8.10").build().toString(), "If-Match", "\"0\""), 403, "forbidden");
        assertProblem(api.post(PRODUCTS, cashier(), product("Cajero " + tag, "1.00", variant("CAJ-" + tag, null))
                .build().toString()), 403, "forbidden");
        assertProblem(api.delete(PRODUCTS + "/" + id + "?reason=x", cashier(), "If-Match", "\"0\""), 403, "forbidden");
        assertEquals("Permisos " + tag, row("SELECT name FROM products WHERE id = ?", id).get("name"));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private String admin() {
        return api.token(ADMIN);
    }

    private String manager() {
        return api.token(MANAGER);
    }

    private String cashier() {
        return api.token(CASHIER);
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A random EAN-13 in the in-store range (prefix 2) with its check digit. */
    static String ean13() {
        StringBuilder digits = new StringBuilder("2");
        for (int i = 0; i < 11; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = digits.charAt(11 - i) - '0';
            sum += i % 2 == 0 ? d * 3 : d;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    private static JsonObjectBuilder variant(String sku, String barcode) {
        JsonObjectBuilder v = Json.createObjectBuilder().add("sku", sku);
        if (barcode != null) {
            v.add("barcode", barcode);
        }
        return v;
    }

    private static JsonObjectBuilder product(String name, String basePrice, JsonObjectBuilder... variants) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder v : variants) {
            list.add(v);
        }
        return Json.createObjectBuilder().add("name", name).add("basePrice", new BigDecimal(basePrice))
                .add("status", "ACTIVE").add("variants", list);
    }

    private static JsonObjectBuilder description(String name) {
        return Json.createObjectBuilder().add("name", name).add("status", "ACTIVE").add("taxCode", "10");
    }

    private long createProduct(String name, String basePrice, JsonObjectBuilder... variants) {
        Reply created = api.post(PRODUCTS, admin(), product(name, basePrice, variants).build().toString());
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private List<Long> variantIds(long productId) {
        Reply read = api.get(PRODUCTS + "/" + productId, admin());
        assertEquals(200, read.status(), read.toString());
        return read.json().getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getJsonNumber("id").longValue()).toList();
    }

    private JsonObject category(String name, Integer parentId) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name);
        if (parentId != null) {
            body.add("parentId", parentId);
        }
        Reply created = api.post(CATEGORIES, admin(), body.build().toString());
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    private static List<Long> ids(Reply page) {
        assertEquals(200, page.status(), page.toString());
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static long userId(String email) throws Exception {
        return ((Number) row("SELECT id FROM users WHERE email = ?", email).get("id")).longValue();
    }

    static void assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), "problem+json expected: " + reply);
        assertEquals(type, reply.problemType(), reply.toString());
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
