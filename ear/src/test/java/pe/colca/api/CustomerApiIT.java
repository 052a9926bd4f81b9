package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.colca.api.LocationApiIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestData;

/** {@code /api/v1/customers} end to end: HTTP against the deployed EAR, checked in the database. */
class CustomerApiIT extends ClientIntegration {

    private static final String PATH = "/api/v1/customers";
    private static final String ADMIN = "admin@colca.test";

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();

    @Test
    @DisplayName("POST a RUC customer (201, ETag), GET reads it back, If-None-Match gives 304; phone E.164, consent stamped, audited")
    void createAndGet() throws Exception {
        String ruc = TestData.ruc();
        String email = "Compras-" + TestData.suffix() + "@Andina.pe";
        Reply created = api.post(PATH, admin(), customer(IdentityDocumentType.RUC, ruc.substring(0, 2) + "-"
                + ruc.substring(2), "Comercial Andina S.A.C.").add("email", email).add("phone", "987 654 321")
                .add("segment", "CORPORATE").add("marketingConsent", true).add("consentChannel", "IN_STORE")
                .build().toString());

        assertEquals(201, created.status(), created.toString());
        assertEquals("\"0\"", created.header("ETag"));
        JsonObject body = created.json();
        long id = body.getJsonNumber("id").longValue();
        assertEquals(ruc, body.getString("docNumber"), "separators dropped");
        assertEquals(email.toLowerCase(java.util.Locale.ROOT), body.getString("email"));
        assertEquals("+51987654321", body.getString("phone"));
        assertEquals("CORPORATE", body.getString("segment"));
        assertTrue(body.getBoolean("marketingConsent"));
        assertEquals("IN_STORE", body.getString("consentChannel"));
        assertNotNull(body.getString("marketingConsentAt"));
        assertEquals(data.number("SELECT id FROM users WHERE email = ?", ADMIN),
                body.getJsonNumber("marketingConsentBy").longValue());

        Reply read = api.get(created.header("Location"), admin());
        assertEquals(200, read.status(), read.toString());
        assertEquals(body, read.json());
        assertEquals(304, api.get(PATH + "/" + id, admin(), "If-None-Match", "\"0\"").status());
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE entity_table = 'customers'"
                + " AND entity_id = ? AND action = 'CREATE'", String.valueOf(id)));
    }

    @Test
    @DisplayName("bad input is a 400 naming every field (Spanish and English), nothing written")
    void badInputChangesNothing() throws Exception {
        String ruc = TestData.ruc();
        String wrong = ruc.substring(0, 10) + (char) ('0' + (ruc.charAt(10) - '0' + 1) % 10);
        long before = data.number("SELECT count(*) FROM customers");
        Reply refused = api.post(PATH, admin(), customer(IdentityDocumentType.RUC, wrong, "Empresa")
                .add("phone", "01 444 1234").add("email", "no-es-correo").add("birthDate", "2999-01-01")
                .build().toString());
        assertProblem(refused, 400, "invalid-input");
        assertTrue(refused.fieldErrors().get("docNumber").contains("dígito verificador"), refused.toString());
        assertTrue(refused.fieldErrors().get("docNumber").contains(String.valueOf(ruc.charAt(10))), refused.toString());
        assertTrue(refused.fieldErrors().containsKey("phone"), refused.toString());
        assertTrue(refused.fieldErrors().containsKey("email"), refused.toString());
        assertTrue(refused.fieldErrors().containsKey("birthDate"), refused.toString());

        Reply english = api.post(PATH, admin(), customer(IdentityDocumentType.RUC, wrong, "Empresa").build().toString(),
                "Accept-Language", "en");
        assertProblem(english, 400, "invalid-input");
        assertTrue(english.fieldErrors().get("docNumber").contains("check digit"), english.toString());

        assertProblem(api.post(PATH, admin(), customer(IdentityDocumentType.DNI, "1234567", "Ana").build().toString()),
                400, "invalid-input");
        assertProblem(api.post(PATH, admin(), "{\"docType\":\"DNI\",\"docNumber\":12345678,\"fullName\":\"Ana\"}"),
                400, "invalid-input");
        assertProblem(api.post(PATH, admin(), customer(IdentityDocumentType.DNI, TestData.dni(), "Ana")
                .add("marketingConsent", true).build().toString()), 400, "invalid-input");
        assertProblem(api.post(PATH, admin(), "{\"docType\":"), 400, null);
        assertEquals(before, data.number("SELECT count(*) FROM customers"));
    }

    @Test
    @DisplayName("document and email are unique among ACTIVE customers (409); a soft delete frees both")
    void uniqueAmongActive() throws Exception {
        TestData.NewCustomer first = data.customer();
        Reply sameDoc = api.post(PATH, admin(), customer(first.docType(), first.docNumber(), "Otra persona").build()
                .toString());
        assertProblem(sameDoc, 409, "duplicate-key");
        assertTrue(sameDoc.fieldErrors().get("docNumber").contains(first.docNumber()), sameDoc.toString());
        Reply sameEmail = api.post(PATH, admin(), customer(IdentityDocumentType.DNI, TestData.dni(), "Otra persona")
                .add("email", first.email().toUpperCase(java.util.Locale.ROOT)).build().toString());
        assertProblem(sameEmail, 409, "duplicate-key");
        assertTrue(sameEmail.fieldErrors().containsKey("email"), sameEmail.toString());

        assertProblem(api.delete(PATH + "/" + first.id(), admin(), "If-Match", "\"0\""), 400, "invalid-input");
        Reply deleted = api.delete(PATH + "/" + first.id() + "?reason=" + ApiClient.q("Registro duplicado"), admin(),
                "If-Match", "\"0\"");
        assertEquals(204, deleted.status(), deleted.toString());
        assertEquals("Registro duplicado", data.string("SELECT deletion_reason FROM customers WHERE id = ?", first.id()));
        assertProblem(api.get(PATH + "/" + first.id(), admin()), 404, "not-found");

        Reply again = api.post(PATH, admin(), customer(first.docType(), first.docNumber(), "La misma persona")
                .add("email", first.email()).build().toString());
        assertEquals(201, again.status(), again.toString());
        assertEquals(2, data.number("SELECT count(*) FROM customers WHERE doc_number = ?", first.docNumber()));
    }

    @Test
    @DisplayName("PUT needs If-Match (428), a stale one is 409 and changes nothing, the current one gives the next ETag")
    void optimisticLocking() throws Exception {
        TestData.NewCustomer c = data.customer();
        String edit = customer(c.docType(), c.docNumber(), "Nombre corregido").add("phone", "+51 912 345 678")
                .build().toString();
        assertProblem(api.put(PATH + "/" + c.id(), admin(), edit), 428, "precondition-required");
        Reply ok = api.put(PATH + "/" + c.id(), admin(), edit, "If-Match", "\"0\"");
        assertEquals(200, ok.status(), ok.toString());
        assertEquals("\"1\"", ok.header("ETag"));
        assertEquals("+51912345678", ok.json().getString("phone"));

        Reply stale = api.put(PATH + "/" + c.id(), admin(), customer(c.docType(), c.docNumber(), "Perdido").build()
                .toString(), "If-Match", "\"0\"");
        assertProblem(stale, 409, "stale-version");
        assertEquals("Nombre corregido", data.string("SELECT full_name FROM customers WHERE id = ?", c.id()));
        assertProblem(api.delete(PATH + "/" + c.id() + "?reason=x", admin(), "If-Match", "\"0\""), 409, "stale-version");
        assertProblem(api.put(PATH + "/987654321", admin(), edit, "If-Match", "\"0\""), 404, "not-found");
    }

    @Test
    @DisplayName("POS lookup by document: 200 with ETag, 304 while unchanged, a new ETag after an edit; 400/404 problems")
    void lookup() throws Exception {
        TestData.NewCustomer c = data.customer();
        String url = PATH + "/lookup?type=DNI&number=" + c.docNumber();
        Reply found = api.get(url, cashier());
        assertEquals(200, found.status(), found.toString());
        assertEquals(c.id(), found.json().getJsonNumber("id").longValue());
        assertEquals(c.fullName(), found.json().getString("fullName"));
        String tag = found.header("ETag");
        assertNotNull(tag);
        assertTrue(found.header("Cache-Control").contains("no-cache"), found.toString());

        assertEquals(304, api.get(url, cashier(), "If-None-Match", tag).status());
        assertEquals(200, api.put(PATH + "/" + c.id(), admin(), customer(c.docType(), c.docNumber(), "Nuevo nombre")
                .build().toString(), "If-Match", "\"0\"").status());
        Reply changed = api.get(url, cashier(), "If-None-Match", tag);
        assertEquals(200, changed.status(), changed.toString());
        assertNotEquals(tag, changed.header("ETag"));
        assertEquals("Nuevo nombre", changed.json().getString("fullName"));

        assertProblem(api.get(PATH + "/lookup?type=RUC&number=" + c.docNumber(), cashier()), 400, "invalid-input");
        assertProblem(api.get(PATH + "/lookup?type=XYZ&number=1", cashier()), 400, "invalid-input");
        assertProblem(api.get(PATH + "/lookup?number=1", cashier()), 400, "invalid-input");
        assertProblem(api.get(PATH + "/lookup?type=CE&number=" + ("9" + TestData.dni()), cashier()), 404, "not-found");
    }

    @Test
    @DisplayName("addresses: the first is the default, exactly one default (also in the database), coordinates and ubigeo checked")
    void addresses() throws Exception {
        TestData.NewCustomer c = data.customer();
        String base = PATH + "/" + c.id() + "/addresses";
        Reply home = api.post(base, admin(), Json.createObjectBuilder().add("label", "Casa")
                .add("addressLine", "Av. Larco 345").add("ubigeo", "150122").add("latitude", -12.1211)
                .add("longitude", -77.0297).build().toString());
        assertEquals(201, home.status(), home.toString());
        assertTrue(home.json().getBoolean("isDefault"), "the first address is the default");
        assertEquals("Miraflores", home.json().getString("district"));
        assertEquals("Lima", home.json().getString("city"));
        Reply office = api.post(base, admin(), Json.createObjectBuilder().add("label", "Oficina")
                .add("addressLine", "Jr. de la Unión 500").add("district", "Cercado").add("city", "Lima")
                .add("isDefault", true).build().toString());
        assertEquals(201, office.status(), office.toString());
        long officeId = office.json().getJsonNumber("id").longValue();
        assertEquals(1, data.number("SELECT count(*) FROM customer_addresses WHERE customer_id = ? AND is_default",
                c.id()));
        assertEquals(officeId, data.number("SELECT id FROM customer_addresses WHERE customer_id = ? AND is_default",
                c.id()));
        assertTrue(data.number("SELECT version FROM customers WHERE id = ?", c.id()) >= 2, "address changes raise the version");

        long before = data.number("SELECT count(*) FROM customer_addresses WHERE customer_id = ?", c.id());
        Reply badLat = api.post(base, admin(), Json.createObjectBuilder().add("addressLine", "x").add("city", "Lima")
                .add("latitude", 95).add("longitude", -77).build().toString());
        assertProblem(badLat, 400, "invalid-input");
        assertTrue(badLat.fieldErrors().containsKey("latitude"), badLat.toString());
        assertProblem(api.post(base, admin(), Json.createObjectBuilder().add("addressLine", "x").add("ubigeo", "999999")
                .build().toString()), 400, "invalid-input");
        assertProblem(api.post(base, admin(), Json.createObjectBuilder().add("addressLine", "x").add("city", "Lima")
                .add("latitude", -12).build().toString()), 400, "invalid-input");
        assertEquals(before, data.number("SELECT count(*) FROM customer_addresses WHERE customer_id = ?", c.id()));

        SQLException twoDefaults = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> data.number(
                "WITH u AS (UPDATE customer_addresses SET is_default = true WHERE customer_id = ? RETURNING 1)"
                        + " SELECT count(*) FROM u", c.id()));
        assertEquals("23P01", twoDefaults.getSQLState(), "the database keeps one default: " + twoDefaults);

        assertEquals(204, api.delete(base + "/" + officeId, admin()).status());
        JsonArray left = array(api.get(base, admin()));
        assertEquals(1, left.size());
        assertTrue(left.getJsonObject(0).getBoolean("isDefault"), "the remaining address became the default");
        assertProblem(api.delete(base + "/" + officeId, admin()), 404, "not-found");
    }

    @Test
    @DisplayName("search by name (accent-insensitive), document, email and phone, paged")
    void search() throws Exception {
        String s = TestData.suffix();
        Reply created = api.post(PATH, admin(), customer(IdentityDocumentType.DNI, TestData.dni(), "José Peña " + s)
                .add("phone", "9" + TestData.dni()).build().toString());
        assertEquals(201, created.status(), created.toString());
        JsonObject c = created.json();
        for (String q : new String[] {"jose pena " + s.toLowerCase(java.util.Locale.ROOT), c.getString("docNumber"),
                c.getString("phone").substring(3)}) {
            Reply page = api.get(PATH + "?q=" + ApiClient.q(q) + "&limit=5", admin());
            assertEquals(200, page.status(), page.toString());
            assertTrue(page.json().getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getJsonNumber("id")
                    .longValue() == c.getJsonNumber("id").longValue()), q + " finds it: " + page);
        }
        assertProblem(api.get(PATH + "?segment=NONE", admin()), 400, "invalid-input");
        assertProblem(api.get(PATH + "?limit=0", admin()), 400, "invalid-input");
    }

    @Test
    @DisplayName("without the permission: 403 and nothing changes")
    void forbidden() throws Exception {
        TestData.NewCustomer c = data.customer();
        String viewer = api.token(data.user().permissions("customer.view").create());
        long before = data.number("SELECT count(*) FROM customers");
        assertProblem(api.post(PATH, viewer, customer(IdentityDocumentType.DNI, TestData.dni(), "Ana").build()
                .toString()), 403, "forbidden");
        assertProblem(api.put(PATH + "/" + c.id(), viewer, customer(c.docType(), c.docNumber(), "X").build().toString(),
                "If-Match", "\"0\""), 403, "forbidden");
        assertProblem(api.delete(PATH + "/" + c.id() + "?reason=x", viewer, "If-Match", "\"0\""), 403, "forbidden");
        assertEquals(before, data.number("SELECT count(*) FROM customers"));
        assertEquals(c.fullName(), data.string("SELECT full_name FROM customers WHERE id = ?", c.id()));
        String nobody = api.token(data.user().permissions("inventory.location.view").create());
        assertProblem(api.get(PATH + "/lookup?type=DNI&number=" + c.docNumber(), nobody), 403, "forbidden");
        assertFalse(api.get(PATH + "/" + c.id(), viewer).isProblem());
    }

    private static JsonArray array(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        try (var reader = Json.createReader(new java.io.StringReader(reply.body()))) {
            return reader.readArray();
        }
    }

    private static JsonObjectBuilder customer(IdentityDocumentType type, String number, String name) {
        return Json.createObjectBuilder().add("docType", type.name()).add("docNumber", number).add("fullName", name);
    }

    private String admin() {
        return api.token(ADMIN);
    }

    private String cashier() {
        return api.token("cashier@colca.test");
    }
}
