package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.Companies;
import pe.colca.testing.TestData;

/**
 * {@code /api/v1/invoicing/companies} end to end: RUC rules, optimistic locking, write-only secrets
 * (checked encrypted in the database), the certificate upload and its refusals, establishments, series,
 * permissions.
 */
class CompanyApiIT extends ClientIntegration {

    private static final String PATH = "/api/v1/invoicing/companies";
    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();

    private String admin() {
        return api.token("admin@colca.test");
    }

    private static jakarta.json.JsonArray array(Reply r) {
        try (var reader = Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    private static JsonObjectBuilder company(String ruc) {
        return Json.createObjectBuilder().add("ruc", ruc).add("legalName", "Empresa de Prueba " + ruc + " s.a.c.")
                .add("tradeName", "Prueba").add("address", "Av. Arenales 1234, Lima").add("ubigeo", "150101");
    }

    private JsonObject created(String token) {
        Reply r = api.post(PATH, token, company(Companies.newRuc()).build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    @Test
    @DisplayName("POST creates with the simulator endpoint by default; GET, PUT with If-Match; the RUC is fixed")
    void createReadUpdate() {
        String token = admin();
        String ruc = Companies.newRuc();
        Reply created = api.post(PATH, token, company(ruc).build().toString());
        assertEquals(201, created.status(), created.toString());
        assertEquals("\"0\"", created.header("ETag"));
        JsonObject body = created.json();
        assertEquals(ruc, body.getString("ruc"));
        assertEquals("EMPRESA DE PRUEBA " + ruc + " S.A.C.", body.getString("legalName"));
        assertEquals("SIMULATOR", body.getString("endpoint"));
        assertFalse(body.getBoolean("solPasswordSet"));
        assertTrue(body.isNull("certificate"));
        int id = body.getInt("id");

        Reply read = api.get(PATH + "/" + id, token);
        assertEquals(200, read.status(), read.toString());
        assertEquals(body, read.json());

        Reply noIfMatch = api.put(PATH + "/" + id, token, company(ruc).add("endpoint", "BETA").build().toString());
        assertEquals(428, noIfMatch.status(), noIfMatch.toString());
        Reply updated = api.put(PATH + "/" + id, token, company(ruc).add("endpoint", "BETA").build().toString(),
                "If-Match", "\"0\"");
        assertEquals(200, updated.status(), updated.toString());
        assertEquals("BETA", updated.json().getString("endpoint"));
        Reply stale = api.put(PATH + "/" + id, token, company(ruc).build().toString(), "If-Match", "\"0\"");
        assertEquals(409, stale.status(), stale.toString());
        Reply otherRuc = api.put(PATH + "/" + id, token, company(Companies.newRuc()).build().toString(),
                "If-Match", updated.header("ETag"));
        assertEquals(400, otherRuc.status(), otherRuc.toString());
        assertTrue(otherRuc.fieldErrors().containsKey("ruc"));

        Reply duplicate = api.post(PATH, token, company(ruc).build().toString());
        assertEquals(409, duplicate.status(), duplicate.toString());
    }

    @Test
    @DisplayName("a RUC with a wrong check digit or prefix, a bad ubigeo, an unknown member: 400 naming the field, nothing stored")
    void refusals() throws Exception {
        String token = admin();
        String good = Companies.newRuc();
        String badDigit = good.substring(0, 10) + ((good.charAt(10) - '0' + 1) % 10);
        Reply r = api.post(PATH, token, company(badDigit).build().toString());
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.fieldErrors().get("ruc").contains("dígito verificador"), r.toString());
        Reply prefix = api.post(PATH, token, company("30" + good.substring(2)).build().toString());
        assertEquals(400, prefix.status(), prefix.toString());
        Reply ubigeo = api.post(PATH, token, company(good).add("ubigeo", "15").build().toString());
        assertEquals(400, ubigeo.status(), ubigeo.toString());
        assertTrue(ubigeo.fieldErrors().containsKey("ubigeo"), ubigeo.toString());
        Reply unknown = api.post(PATH, token, company(good).add("solPass", "x").build().toString());
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals(0, data.number("SELECT count(*) FROM companies WHERE ruc IN (?, ?)", good, badDigit));
    }

    @Test
    @DisplayName("SOL password and certificate are write-only: stored encrypted, never returned; subject, serial, validity shown")
    void secretsAndCertificate() throws Exception {
        String token = admin();
        JsonObject c = created(token);
        int id = c.getInt("id");
        Reply sol = api.put(PATH + "/" + id + "/sol-credentials", token,
                "{\"solUser\":\"moddatos\",\"solPassword\":\"clave-secreta-123\"}", "If-Match", "\"0\"");
        assertEquals(200, sol.status(), sol.toString());
        assertEquals("MODDATOS", sol.json().getString("solUser"));
        assertTrue(sol.json().getBoolean("solPasswordSet"));
        assertFalse(sol.body().contains("clave-secreta-123"));
        assertEquals(1, data.number("SELECT count(*) FROM companies WHERE id = ? AND sol_pass LIKE 'gcm1:%'"
                + " AND sol_pass NOT LIKE '%clave-secreta%'", id));

        String p12 = Base64.getEncoder().encodeToString(Companies.p12("test-signer.p12"));
        Reply wrongPassword = api.put(PATH + "/" + id + "/certificate", token, Json.createObjectBuilder()
                .add("fileName", "cert.p12").add("pkcs12", p12).add("password", "wrong").build().toString(),
                "If-Match", sol.header("ETag"));
        assertEquals(400, wrongPassword.status(), wrongPassword.toString());
        assertEquals("certificate-unreadable", wrongPassword.problemType());

        Reply expired = api.put(PATH + "/" + id + "/certificate", token, Json.createObjectBuilder()
                .add("fileName", "old.p12").add("pkcs12", Base64.getEncoder().encodeToString(Companies.p12("expired-signer.p12")))
                .add("password", Companies.P12_PASSWORD).build().toString(), "If-Match", sol.header("ETag"));
        assertEquals(422, expired.status(), expired.toString());
        assertEquals("certificate-expired", expired.problemType());

        Reply installed = api.put(PATH + "/" + id + "/certificate", token, Json.createObjectBuilder()
                .add("fileName", "cert.p12").add("pkcs12", p12).add("password", Companies.P12_PASSWORD).build().toString(),
                "If-Match", sol.header("ETag"));
        assertEquals(200, installed.status(), installed.toString());
        JsonObject certificate = installed.json().getJsonObject("certificate");
        assertTrue(certificate.getString("subject").contains("EMPRESA DE PRUEBA COLCA SAC"), certificate.toString());
        assertFalse(certificate.getString("serial").isBlank());
        assertFalse(certificate.getBoolean("expired"));
        assertFalse(installed.body().contains(Companies.P12_PASSWORD));
        assertEquals(1, data.number("SELECT count(*) FROM companies WHERE id = ? AND certificate_data LIKE 'gcm1:%'"
                + " AND certificate_password LIKE 'gcm1:%' AND certificate_valid_until > now()", id));
    }

    @Test
    @DisplayName("establishment codes per store and series per type and store; a wrong letter or a repeated series is refused")
    void establishmentsAndSeries() throws Exception {
        String token = admin();
        int id = created(token).getInt("id");
        TestData.NewLocation store = data.location().create();
        Reply code = api.put(PATH + "/" + id + "/establishments/" + store.id(), token, "{\"code\":\"0007\"}");
        assertEquals(200, code.status(), code.toString());
        Reply list = api.get(PATH + "/" + id + "/establishments", token);
        assertEquals("0007", array(list).getJsonObject(0).getString("code"));
        Reply badCode = api.put(PATH + "/" + id + "/establishments/" + store.id(), token, "{\"code\":\"7\"}");
        assertEquals(400, badCode.status(), badCode.toString());

        String suffix = String.format("%03d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
        Reply series = api.post(PATH + "/" + id + "/series", token,
                "{\"documentType\":\"01\",\"series\":\"F" + suffix + "\",\"locationId\":" + store.id() + "}");
        assertEquals(201, series.status(), series.toString());
        assertEquals(0, series.json().getInt("currentNumber"));
        Reply wrongLetter = api.post(PATH + "/" + id + "/series", token, "{\"documentType\":\"03\",\"series\":\"F" + suffix + "\"}");
        assertEquals(400, wrongLetter.status(), wrongLetter.toString());
        Reply again = api.post(PATH + "/" + id + "/series", token, "{\"documentType\":\"01\",\"series\":\"F" + suffix + "\"}");
        assertEquals(409, again.status(), again.toString());
        Reply all = api.get(PATH + "/" + id + "/series", token);
        assertEquals(200, all.status(), all.toString());
        assertEquals("F" + suffix, array(all).getJsonObject(0).getString("series"));
    }

    @Test
    @DisplayName("a cashier can neither see nor edit companies (403); the accountant sees them")
    void permissions() throws Exception {
        int id = created(admin()).getInt("id");
        String cashier = api.token("cashier@colca.test");
        assertEquals(403, api.get(PATH + "/" + id, cashier).status());
        assertEquals(403, api.post(PATH, cashier, company(Companies.newRuc()).build().toString()).status());
        Reply accountant = api.get(PATH + "/" + id, api.token("accountant@colca.test"));
        assertEquals(200, accountant.status(), accountant.toString());
        assertNull(accountant.json().get("solPassword"));
    }
}
