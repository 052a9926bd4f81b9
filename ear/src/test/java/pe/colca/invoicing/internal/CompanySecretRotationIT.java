package pe.colca.invoicing.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.settings.internal.SettingCipher;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.Companies;
import pe.colca.testing.TestData;
import pe.colca.testing.TestServer;

/**
 * The companies' half of {@code rotate-settings-key.sh} against the real database: the test server's
 * secrets (SOL password written through the API, encrypted by the server) are re-encrypted under a new
 * key and back, a second run changes nothing, and a foreign value stops the rotation with nothing
 * written. The server runs with the development key ({@link SettingCipher#DEV_SECRET}).
 */
class CompanySecretRotationIT extends ClientIntegration {

    private static final String NEW_KEY = "rotation-it-new-secret-0123456789";
    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();

    @Test
    @DisplayName("re-encrypts every company secret under the new key and back; a second run changes nothing")
    void rotatesAndBack() throws SQLException {
        String token = api.token("admin@colca.test");
        String ruc = Companies.newRuc();
        long id = api.post("/api/v1/invoicing/companies", token, "{\"ruc\":\"" + ruc + "\",\"legalName\":\"Rotación "
                + ruc + " S.A.C.\",\"address\":\"Av. Arequipa 100, Lima\",\"ubigeo\":\"150101\"}").json().getJsonNumber("id").longValue();
        assertEquals(200, api.put("/api/v1/invoicing/companies/" + id + "/sol-credentials", token,
                "{\"solUser\":\"moddatos\",\"solPassword\":\"clave-rotada-1\"}", "If-Match", "\"0\"").status());
        String before = solPass(id);

        boolean rotatedBack = false;
        try {
            try (Connection db = TestServer.jdbc()) {
                assertTrue(CompanySecretRotation.rotate(db, SettingCipher.DEV_SECRET, NEW_KEY) >= 1);
                assertEquals(0, CompanySecretRotation.rotate(db, SettingCipher.DEV_SECRET, NEW_KEY), "a second run");
            }
            String rotated = solPass(id);
            assertNotEquals(before, rotated);
            assertArrayEquals("clave-rotada-1".getBytes(StandardCharsets.UTF_8),
                    new CompanySecrets(NEW_KEY).decrypt(ruc, "sol_pass", rotated));
            try (Connection db = TestServer.jdbc()) {
                assertTrue(CompanySecretRotation.rotate(db, NEW_KEY, SettingCipher.DEV_SECRET) >= 1, "back to the server's key");
            }
            rotatedBack = true;
            assertArrayEquals("clave-rotada-1".getBytes(StandardCharsets.UTF_8),
                    new CompanySecrets(SettingCipher.DEV_SECRET).decrypt(ruc, "sol_pass", solPass(id)));
        } finally {
            if (!rotatedBack) { // leave the other tests a database the server can read
                try (Connection db = TestServer.jdbc()) {
                    CompanySecretRotation.rotate(db, NEW_KEY, SettingCipher.DEV_SECRET);
                }
            }
        }
    }

    @Test
    @DisplayName("a secret under neither key stops the rotation and nothing is written")
    void foreignValueStops() throws SQLException {
        String ruc = Companies.newRuc();
        String foreign = new CompanySecrets("a-third-secret").encrypt(ruc, "sol_pass", "x");
        long id = data.number("INSERT INTO companies (id, ruc, raz_social, sol_pass) VALUES (nextval('companies_seq'),"
                + " ?, 'Ajena S.A.C.', ?) RETURNING id", ruc, foreign);
        String others = "SELECT coalesce(string_agg(coalesce(sol_pass, '') || coalesce(certificate_data, ''), ',' ORDER BY id), '')"
                + " FROM companies WHERE id <> ?";
        String before = data.string(others, id);
        try (Connection db = TestServer.jdbc()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CompanySecretRotation.rotate(db, SettingCipher.DEV_SECRET, NEW_KEY));
            assertTrue(e.getMessage().contains("sol_pass of company " + ruc), e.getMessage());
            assertEquals(before, data.string(others, id), "the other companies' secrets are unchanged");
        } finally {
            data.number("WITH d AS (DELETE FROM companies WHERE id = ? RETURNING id) SELECT count(*) FROM d", id);
        }
    }

    private String solPass(long companyId) throws SQLException {
        return data.string("SELECT sol_pass FROM companies WHERE id = ?", companyId);
    }
}
