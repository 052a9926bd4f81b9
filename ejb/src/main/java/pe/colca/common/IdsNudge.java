package pe.colca.common;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The body of an outbox nudge on a JMS queue: {@code {"<property>":[..]}} (a text message; the same
 * ids, comma separated, in the {@code <property>} message property for selectors and operators).
 * Only ids: the consumer re-reads the rows, so a duplicated or late nudge is harmless. Used by
 * {@code notification.outbound} ({@code notificationIds}) and {@code sunat.outbound}
 * ({@code documentIds}).
 *
 * @param property the JSON member and message property holding the ids
 */
public record IdsNudge(String property) {

    private static final Logger LOG = Logger.getLogger(IdsNudge.class.getName());

    public String body(Collection<Long> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        return Json.createObjectBuilder().add(property, array).build().toString();
    }

    /**
     * Sends the nudge of {@code ids} on {@code queue} through {@code factory} (call it outside any
     * transaction, on the plain in-VM factory). Never throws: a refusal or an outage is one WARN line,
     * because the rows are committed and a sweep finds them.
     *
     * @return whether the broker took the nudge
     */
    public boolean send(ConnectionFactory factory, Queue queue, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        try (JMSContext jms = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            jms.createProducer().setProperty(property, joined(ids)).send(queue, body(ids));
            return true;
        } catch (RuntimeException e) {
            LOG.warning("nudge " + property + "=" + joined(ids) + " not sent (" + e + "); the rows stay PENDING"
                    + " and the sweep picks them up");
            return false;
        }
    }

    public static String joined(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The ids of a body; refused with {@link IllegalArgumentException} when it is not such a nudge. */
    public List<Long> ids(String body) {
        if (body == null) {
            throw new IllegalArgumentException("empty nudge");
        }
        try {
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            List<Long> ids = new ArrayList<>();
            for (JsonValue value : json.getJsonArray(property)) {
                ids.add(((JsonNumber) value).longValueExact());
            }
            return ids;
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
            throw new IllegalArgumentException("not a nudge with " + property + ": " + abbreviated(body), e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
