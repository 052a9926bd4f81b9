package pe.colca.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.logging.Logger;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.ModelControllerClientConfiguration;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * The SUNAT simulator ({@code sunat-sim/}, WAR {@code sunat-sim.war}, context {@code /sunat-sim}) for the
 * integration tests: deployed once per test run next to the EAR, by {@link Deployments#colca()} (every
 * integration test goes through it), replacing whatever an earlier run left deployed. Its SOL user for
 * the sample RUC is {@link #USER}/{@link #PASSWORD}; {@link #reset()} forgets every document and fault.
 * The simulator refuses to start outside {@code COLCA_ENV=development} (bin/colca-test sets it).
 */
public final class SunatSimulator {

    public static final String DEPLOYMENT = "sunat-sim.war";
    public static final String RUC = "20000000001";
    public static final String USER = "20000000001MODDATOS";
    public static final String PASSWORD = "moddatos";
    private static final Logger LOG = Logger.getLogger(SunatSimulator.class.getName());
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static boolean deployed;
    private static String failure;

    private SunatSimulator() {
    }

    /** The WAR this build produced ({@code sunat-sim/target/sunat-sim.war}). */
    static File war() {
        return new File(System.getProperty("colca.repo", ".."), "sunat-sim/target/" + DEPLOYMENT);
    }

    /**
     * Deploys the simulator once per test JVM. Never fails the caller: without a built WAR (a build of
     * {@code ear} alone) or when the deployment fails, the tests that use the simulator fail on
     * {@link #baseUri()} with the reason, the others run as before.
     */
    static synchronized void deployOnce() {
        if (deployed || failure != null) {
            return;
        }
        File war = war();
        if (!war.isFile()) {
            failure = war + " is not built: build from the root (mvn verify through bin/colca-test)";
            LOG.warning("SUNAT simulator not deployed: " + failure);
            return;
        }
        int port = Integer.parseInt(System.getProperty("colca.management.port", "10090"));
        // a generous connection timeout: on a loaded machine the default 5 s is not enough
        ModelControllerClientConfiguration config = new ModelControllerClientConfiguration.Builder()
                .setHostName("127.0.0.1").setPort(port).setConnectionTimeout(120_000).build();
        try (ModelControllerClient client = ModelControllerClient.Factory.create(config)) {
            ModelNode address = Operations.createAddress("deployment", DEPLOYMENT);
            ModelNode exists = client.execute(Operations.createReadResourceOperation(address));
            ModelNode op;
            if (Operations.isSuccessfulOutcome(exists)) {
                op = Operations.createOperation("full-replace-deployment");
                op.get("name").set(DEPLOYMENT);
            } else {
                op = Operations.createAddOperation(address);
            }
            op.get("content").add().get("url").set(war.toURI().toString());
            op.get("enabled").set(true);
            ModelNode result = client.execute(op);
            if (Operations.isSuccessfulOutcome(result)) {
                deployed = true;
                LOG.info("SUNAT simulator deployed from " + war);
            } else {
                failure = "deploying " + war + " failed: " + Operations.getFailureDescription(result);
            }
        } catch (IOException | RuntimeException e) {
            failure = "cannot deploy " + war + " through the management port " + port + ": " + e;
        }
        if (failure != null) {
            LOG.warning("SUNAT simulator not deployed: " + failure);
        }
    }

    /** {@code http://127.0.0.1:<port>/sunat-sim}; deploys the simulator if this JVM has not yet. */
    public static URI baseUri() {
        deployOnce();
        if (!deployed) {
            throw new IllegalStateException("the SUNAT simulator is not deployed: " + failure);
        }
        return URI.create(TestServer.baseUri() + "/sunat-sim");
    }

    /** The SOAP endpoint (what a company's "simulator" endpoint points at). */
    public static URI billService() {
        return URI.create(baseUri() + "/billService");
    }

    /** Forgets every received document and ticket and restores the default fault switches. */
    public static void reset() {
        admin("POST", "/admin/reset", "");
    }

    /** Changes fault switches, e.g. {@code faults("{\"unavailable\":true}")} (docs/sunat-simulator.md). */
    public static String faults(String json) {
        return admin("PUT", "/admin/faults", json);
    }

    private static String admin(String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
