package pe.colca.api;

import java.io.IOException;
import java.net.InetAddress;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Reads a JMS queue of the test server through its management interface (the same native
 * management port and local authentication Arquillian deploys with): how many messages wait on
 * the queue that match a JMS selector. A real look at the broker, not a mock.
 */
final class QueueProbe implements AutoCloseable {

    private final ModelControllerClient client;

    QueueProbe() throws IOException {
        client = ModelControllerClient.Factory.create(InetAddress.getByName("127.0.0.1"),
                Integer.getInteger("colca.management.port", 10090));
    }

    /** Messages on {@code queue} (e.g. notification.outbound) matching {@code selector}. */
    long count(String queue, String selector) throws IOException {
        ModelNode result = client.execute(operation("count-messages", queue, selector));
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException("count-messages failed: " + result);
        }
        return result.get("result").asLong();
    }

    /** The messages matching {@code selector} as the management model lists them (properties and body). */
    String list(String queue, String selector) throws IOException {
        return client.execute(operation("list-messages", queue, selector)).toJSONString(true);
    }

    private static ModelNode operation(String name, String queue, String selector) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        ModelNode address = op.get("address");
        address.add("subsystem", "messaging-activemq");
        address.add("server", "default");
        address.add("jms-queue", queue);
        op.get("filter").set(selector);
        return op;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
