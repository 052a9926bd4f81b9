package pe.colca.api;

import java.io.IOException;
import java.net.InetAddress;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Reads and steers a JMS queue of the test server through its management interface (the same
 * native management port and local authentication Arquillian deploys with): how many messages wait
 * on the queue that match a JMS selector, pausing its delivery, and making the broker refuse new
 * messages for it. The real broker, not a mock.
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

    /** Stops delivering the queue's messages to its consumers (they stay on the queue) until {@link #resume}. */
    void pause(String queue) throws IOException {
        execute(queueOperation("pause", queue));
    }

    void resume(String queue) throws IOException {
        execute(queueOperation("resume", queue));
    }

    /**
     * Makes the broker refuse new messages for the queue, as a full broker does: its address gets a
     * size limit of one byte with the {@code FAIL} policy (a send then fails while a message waits on
     * the queue, e.g. while it is paused). {@link #acceptMessages} undoes it.
     */
    void refuseMessages(String queue) throws IOException {
        ModelNode setting = addressSetting(queue);
        execute(write(setting, "address-full-policy", "FAIL"));
        execute(write(setting, "max-size-bytes", "1"));
    }

    void acceptMessages(String queue) throws IOException {
        ModelNode setting = addressSetting(queue);
        execute(undefine(setting, "max-size-bytes"));
        execute(undefine(setting, "address-full-policy"));
    }

    /** The address setting of the queue's address (wildfly-config/20-configure-messaging.cli adds it). */
    private ModelNode addressSetting(String queue) throws IOException {
        ModelNode read = queueOperation("read-attribute", queue);
        read.get("name").set("queue-address");
        String address = execute(read).asString();
        ModelNode setting = new ModelNode();
        setting.add("subsystem", "messaging-activemq");
        setting.add("server", "default");
        setting.add("address-setting", address.startsWith("jms.queue.") ? address : "jms.queue." + address);
        return setting;
    }

    private static ModelNode write(ModelNode address, String attribute, String value) {
        ModelNode op = new ModelNode();
        op.get("operation").set("write-attribute");
        op.get("address").set(address);
        op.get("name").set(attribute);
        op.get("value").set(value);
        return op;
    }

    private static ModelNode undefine(ModelNode address, String attribute) {
        ModelNode op = new ModelNode();
        op.get("operation").set("undefine-attribute");
        op.get("address").set(address);
        op.get("name").set(attribute);
        return op;
    }

    private ModelNode execute(ModelNode op) throws IOException {
        ModelNode result = client.execute(op);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException(op.get("operation").asString() + " failed: " + result);
        }
        if (result.hasDefined("response-headers")
                && result.get("response-headers").hasDefined("operation-requires-reload")) {
            throw new IllegalStateException(op + " needs a reload, so it did not change the running broker");
        }
        return result.get("result");
    }

    private static ModelNode queueOperation(String name, String queue) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        ModelNode address = op.get("address");
        address.add("subsystem", "messaging-activemq");
        address.add("server", "default");
        address.add("jms-queue", queue);
        return op;
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
