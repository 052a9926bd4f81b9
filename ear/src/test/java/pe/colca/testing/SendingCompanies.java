package pe.colca.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyData;
import pe.colca.invoicing.CompanyService;
import pe.colca.invoicing.SunatEndpoint;

/**
 * Inside the server: a company that sends to this server's SUNAT simulator for real — created through
 * {@link CompanyService} as the demo administrator with the SOL user MODDATOS, the test certificate and
 * {@code store} as establishment 0001 — and a bounded wait for a document's status as the sender leaves it.
 */
public final class SendingCompanies {

    /** The company's id and RUC. */
    public record Sending(int id, String ruc) {
    }

    private SendingCompanies() {
    }

    /** The simulator of the server these tests run in. */
    public static String simulatorBase() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/sunat-sim";
    }

    /** A new company named "{@code name} …" sending to the simulator, with {@code store} as establishment 0001. */
    public static Sending create(String name, int store) throws Exception {
        String ruc = Companies.newRuc();
        CompanyService companies = InContainerIntegration.lookup("DefaultCompanyService", CompanyService.class);
        int id = InContainerIntegration.as(DemoUser.ADMIN, () -> {
            Company c = companies.create(new CompanyData(ruc, name + " " + TestData.suffix() + " S.A.C.",
                    "EMISORA", "Av. Larco 101, Miraflores", "150122", SunatEndpoint.SIMULATOR,
                    simulatorBase() + "/billService", true));
            c = companies.changeSolCredentials(c.getId(), c.getVersion(), "MODDATOS", "moddatos");
            c = companies.uploadCertificate(c.getId(), c.getVersion(), "test-signer.p12", Companies.p12("test-signer.p12"),
                    Companies.P12_PASSWORD);
            companies.setEstablishment(c.getId(), store, "0001");
            return c.getId();
        });
        return new Sending(id, ruc);
    }

    /**
     * Waits (at most {@code limit}) until the document's {@code sunat_status} is {@code status}; on time out
     * fails naming every document of the company with its status, attempts and last error.
     */
    public static void awaitStatus(TestData data, long documentId, String status, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (!status.equals(data.string("SELECT sunat_status FROM electronic_documents WHERE id = ?", documentId))) {
            if (Instant.now().isAfter(deadline)) {
                fail("not within " + limit + ": document " + documentId + " " + status + "; documents: " + data.string(
                        "SELECT string_agg(d.id || ' ' || d.sunat_status || ' ' || d.attempts || ' '"
                                + " || coalesce(d.last_error, ''), '; ') FROM electronic_documents d"
                                + " WHERE d.company_id = (SELECT company_id FROM electronic_documents WHERE id = ?)",
                        documentId));
            }
            Thread.sleep(200);
        }
    }
}
