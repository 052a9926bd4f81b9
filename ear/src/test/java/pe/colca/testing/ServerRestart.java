package pe.colca.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.ModelControllerClientConfiguration;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * A real restart of the test WildFly's JVM, as an operator's {@code :shutdown(restart=true)} does it: the
 * server process exits with code 10 and {@code standalone.sh} (started by bin/lib.sh's
 * {@code wildfly_start}, whose pid the harness keeps) launches a new JVM with the same configuration. Not a
 * {@code :reload}, which keeps the JVM. The deployments the management model holds (the EAR Arquillian
 * deployed for the running class, the SUNAT simulator) come back with it.
 *
 * <p>{@link #restart(Duration)} returns once the new JVM runs (its start time differs from the old one's),
 * {@code colca.ear} and {@code sunat-sim.war} are deployed and answer over HTTP (the API refuses an
 * anonymous call with 401, the simulator's admin page answers 200); it fails with what it last saw when
 * that takes longer than the limit. Anything a test keeps across it — API tokens (signed JWTs), JDBC
 * (new connections per call), management clients (reconnected per call here, and by Arquillian's own
 * client on its next request) — works after it.
 */
public final class ServerRestart {

    private static final Logger LOG = Logger.getLogger(ServerRestart.class.getName());
    private static final List<String> DEPLOYMENTS = List.of("colca.ear", SunatSimulator.DEPLOYMENT);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerRestart() {
    }

    /** Restarts the server's JVM and waits until Colca and the simulator serve again; how long it took. */
    public static Duration restart(Duration limit) throws InterruptedException {
        Instant begin = Instant.now();
        long before = startTime();
        try (ModelControllerClient client = client()) {
            ModelNode op = Operations.createOperation("shutdown");
            op.get("restart").set(true);
            ModelNode result = client.execute(op);
            if (!Operations.isSuccessfulOutcome(result)) {
                throw new IllegalStateException(":shutdown(restart=true) refused: " + Operations.getFailureDescription(result));
            }
        } catch (IOException e) {
            // the server may close the channel before its answer arrives: it is going down either way
            LOG.info(":shutdown(restart=true) answered by a closed channel (" + e + ")");
        }
        Instant end = begin.plus(limit);
        String last = "nothing yet";
        while (Instant.now().isBefore(end)) {
            Thread.sleep(2_000);
            last = state(before);
            if (last == null) {
                Duration took = Duration.between(begin, Instant.now());
                LOG.info("WildFly restarted and serving again after " + took.toSeconds() + " s");
                return took;
            }
        }
        throw new IllegalStateException("WildFly did not come back within " + limit + " after :shutdown(restart=true); "
                + "last seen: " + last + " (server log: .colca/test/wildfly/standalone/log/server.log; is it started by "
                + "standalone.sh, which relaunches the JVM on exit code 10?)");
    }

    /** Null when the new JVM serves everything; otherwise what is still missing. */
    private static String state(long before) {
        try (ModelControllerClient client = client()) {
            long now = startTime(client);
            if (now == before) {
                return "the old JVM is still up";
            }
            ModelNode state = client.execute(Operations.createReadAttributeOperation(new ModelNode().setEmptyList(),
                    "server-state"));
            if (!"running".equals(Operations.readResult(state).asString())) {
                return "server-state " + Operations.readResult(state).asString();
            }
            for (String deployment : DEPLOYMENTS) {
                ModelNode status = client.execute(Operations.createReadAttributeOperation(
                        Operations.createAddress("deployment", deployment), "status"));
                if (!Operations.isSuccessfulOutcome(status) || !"OK".equals(Operations.readResult(status).asString())) {
                    return deployment + ": " + (Operations.isSuccessfulOutcome(status) ? Operations.readResult(status).asString()
                            : Operations.getFailureDescription(status).asString());
                }
            }
        } catch (IOException | RuntimeException e) {
            return "management not answering (" + e.getMessage() + ")";
        }
        int api = httpStatus(TestServer.baseUri() + "/api/v1/locations");
        if (api != 401) {
            return "GET /api/v1/locations answers " + api + ", not 401";
        }
        int sim = httpStatus(TestServer.baseUri() + "/sunat-sim/admin/faults");
        return sim == 200 ? null : "GET /sunat-sim/admin/faults answers " + sim;
    }

    private static int httpStatus(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long startTime() {
        try (ModelControllerClient client = client()) {
            return startTime(client);
        } catch (IOException e) {
            throw new IllegalStateException("the management port does not answer: " + e, e);
        }
    }

    private static long startTime(ModelControllerClient client) throws IOException {
        ModelNode result = client.execute(Operations.createReadAttributeOperation(
                Operations.createAddress("core-service", "platform-mbean", "type", "runtime"), "start-time"));
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new IllegalStateException("no JVM start time: " + Operations.getFailureDescription(result));
        }
        return Operations.readResult(result).asLong();
    }

    private static ModelControllerClient client() {
        int port = Integer.parseInt(System.getProperty("colca.management.port", "10090"));
        return ModelControllerClient.Factory.create(new ModelControllerClientConfiguration.Builder()
                .setHostName("127.0.0.1").setPort(port).setConnectionTimeout(10_000).build());
    }
}
