package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.colca.api.CatalogApiIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.Deployments;
import pe.colca.testing.TestServer;

/**
 * The POS look-up ({@code GET /api/v1/variants/lookup?code=}) applies the one sellability rule
 * (pe.colca.catalog.Sellability): a variant that is deleted or inactive, or whose product is deleted,
 * a draft or discontinued, is found but refused with 422 {@code not-for-sale} naming the variant
 * (detail with its label and SKU; members {@code variantId} and {@code sku}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogLookupIT {

    private static final String PRODUCTS = "/api/v1/products";
    private static final String LOOKUP = "/api/v1/variants/lookup?code=";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.colca();
    }

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("draft and discontinued products and an inactive variant: 422 naming the variant, in Spanish and English")
    void statusesRefused() throws Exception {
        String tag = tag();
        Sample draft = create("Borrador " + tag, "BOR-" + tag);
        sql("UPDATE products SET status = 'DRAFT' WHERE id = ?", draft.productId());
        JsonObject problem = refused(draft, "el producto es un borrador");
        assertTrue(problem.getString("detail").contains("Borrador " + tag), problem.toString());

        Sample discontinued = create("Descontinuado " + tag, "DES-" + tag);
        sql("UPDATE products SET status = 'DISCONTINUED' WHERE id = ?", discontinued.productId());
        refused(discontinued, "el producto está descontinuado");
        Reply english = api.get(LOOKUP + discontinued.barcode(), cashier(), "Accept-Language", "en");
        assertProblem(english, 422, "not-for-sale");
        assertTrue(english.json().getString("detail").contains("the product is discontinued"), english.toString());

        Sample inactive = create("Inactivo " + tag, "INA-" + tag);
        sql("UPDATE product_variants SET is_active = false WHERE id = ?", inactive.variantId());
        refused(inactive, "la variante está inactiva");
        assertEquals(422, api.get(LOOKUP + ApiClient.q(inactive.sku().toLowerCase(Locale.ROOT)), cashier()).status(),
                "by SKU as well");
    }

    @Test
    @DisplayName("a deleted variant and a deleted product are found and refused (422), not hidden (404)")
    void deletedRefused() throws Exception {
        String tag = tag();
        String kept = CatalogApiIT.ean13();
        String gone = CatalogApiIT.ean13();
        Reply created = api.post(PRODUCTS, admin(), product("Dos tallas " + tag, "9.90",
                variant("DOS-" + tag + "-M", kept), variant("DOS-" + tag + "-L", gone)).toString());
        assertEquals(201, created.status(), created.toString());
        long productId = created.json().getJsonNumber("id").longValue();
        long goneId = created.json().getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("sku").endsWith("-L")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(204, api.delete("/api/v1/variants/" + goneId + "?reason=" + ApiClient.q("Talla retirada"), admin(),
                "If-Match", "\"0\"").status());
        refused(new Sample(productId, goneId, "DOS-" + tag + "-L", gone), "la variante fue eliminada");
        assertEquals(200, api.get(LOOKUP + kept, cashier()).status(), "the other size still sells");

        Sample product = create("Eliminado " + tag, "ELI-" + tag);
        assertEquals(204, api.delete(PRODUCTS + "/" + product.productId() + "?reason=" + ApiClient.q("Retirado"),
                admin(), "If-Match", "\"0\"").status());
        refused(product, "el producto fue eliminado");
    }

    @Test
    @DisplayName("a barcode freed by a deleted variant and given to a new one finds the live variant")
    void liveVariantFirst() throws Exception {
        String tag = tag();
        Sample old = create("Viejo " + tag, "VIE-" + tag);
        assertEquals(204, api.delete(PRODUCTS + "/" + old.productId() + "?reason=" + ApiClient.q("Reemplazado"),
                admin(), "If-Match", "\"0\"").status());
        Reply created = api.post(PRODUCTS, admin(), product("Nuevo " + tag, "4.00",
                variant("NUE-" + tag, old.barcode())).toString());
        assertEquals(201, created.status(), created.toString());
        Reply hit = api.get(LOOKUP + old.barcode(), cashier());
        assertEquals(200, hit.status(), hit.toString());
        assertEquals("NUE-" + tag, hit.json().getString("sku"));
        assertEquals(0, new BigDecimal("4.00").compareTo(hit.json().getJsonNumber("price").bigDecimalValue()));
        assertProblem(api.get(LOOKUP + "VIE-" + tag, cashier()), 422, "not-for-sale");
        assertProblem(api.get(LOOKUP + "NADA-" + tag, cashier()), 404, "not-found");
    }

    @Test
    @DisplayName("an answer is cacheable: strong ETag, If-None-Match gives 304 without a body until the price or sellability changes")
    void revalidation() throws Exception {
        String tag = tag();
        Sample sample = create("Cacheable " + tag, "CAC-" + tag);
        Reply first = api.get(LOOKUP + sample.barcode(), cashier());
        assertEquals(200, first.status(), first.toString());
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag: " + etag);
        assertTrue(first.header("Cache-Control").contains("no-cache"), first.header("Cache-Control"));
        assertEquals(Set.of("variantId", "productId", "sku", "barcode", "productName", "size", "color", "price",
                "priceOverridden", "taxCode"), first.json().keySet(), "only what the POS needs");
        assertEquals(etag, api.get(LOOKUP + sample.sku(), cashier()).header("ETag"), "the same answer by SKU");

        Reply unchanged = api.get(LOOKUP + sample.barcode(), cashier(), "If-None-Match", etag);
        assertEquals(304, unchanged.status(), unchanged.toString());
        assertEquals("", unchanged.body(), "no body");
        assertEquals(etag, unchanged.header("ETag"));
        assertEquals(304, api.get(LOOKUP + sample.barcode(), cashier(), "If-None-Match", "\"x\", W/" + etag).status(),
                "a list and a weak form match too");

        // a new price, even written without a version bump, is another answer
        sql("UPDATE products SET base_price = 13.50 WHERE id = ?", sample.productId());
        Reply repriced = api.get(LOOKUP + sample.barcode(), cashier(), "If-None-Match", etag);
        assertEquals(200, repriced.status(), repriced.toString());
        assertEquals(0, new BigDecimal("13.50").compareTo(repriced.json().getJsonNumber("price").bigDecimalValue()));
        assertFalse(etag.equals(repriced.header("ETag")), "the ETag changed with the price");

        // no longer for sale: refused, never 304
        sql("UPDATE products SET status = 'DISCONTINUED' WHERE id = ?", sample.productId());
        assertProblem(api.get(LOOKUP + sample.barcode(), cashier(), "If-None-Match", repriced.header("ETag")), 422,
                "not-for-sale");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private record Sample(long productId, long variantId, String sku, String barcode) {
    }

    /** The look-up by barcode is refused naming the variant; returns the problem body. */
    private JsonObject refused(Sample sample, String reason) {
        Reply reply = api.get(LOOKUP + sample.barcode(), cashier());
        assertProblem(reply, 422, "not-for-sale");
        JsonObject problem = reply.json();
        assertEquals(sample.variantId(), problem.getJsonNumber("variantId").longValue(), problem.toString());
        assertEquals(sample.sku(), problem.getString("sku"), problem.toString());
        String detail = problem.getString("detail");
        assertTrue(detail.contains(sample.sku()) && detail.contains(reason), detail);
        return problem;
    }

    private Sample create(String name, String sku) {
        String barcode = CatalogApiIT.ean13();
        Reply created = api.post(PRODUCTS, admin(), product(name, "12.50", variant(sku, barcode)).toString());
        assertEquals(201, created.status(), created.toString());
        JsonObject body = created.json();
        long variantId = body.getJsonArray("variants").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, api.get(LOOKUP + barcode, cashier()).status(), "sellable when created");
        return new Sample(body.getJsonNumber("id").longValue(), variantId, sku, barcode);
    }

    private static JsonObject variant(String sku, String barcode) {
        return Json.createObjectBuilder().add("sku", sku).add("barcode", barcode).build();
    }

    private static JsonObject product(String name, String basePrice, JsonObject... variants) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        List.of(variants).forEach(list::add);
        return Json.createObjectBuilder().add("name", name).add("basePrice", new BigDecimal(basePrice))
                .add("status", "ACTIVE").add("variants", list).build();
    }

    private static void sql(String sql, long id) throws Exception {
        try (Connection db = TestServer.jdbc(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }

    private String admin() {
        return api.token("admin@colca.test");
    }

    private String cashier() {
        return api.token("cashier@colca.test");
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
