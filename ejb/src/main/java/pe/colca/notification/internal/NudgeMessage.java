package pe.colca.notification.internal;

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
import java.util.stream.Collectors;

/**
 * The body of a nudge on {@code notification.outbound}: {@code {"notificationIds":[..]}} (a text
 * message; the same ids, comma separated, in the {@code notificationIds} property for selectors and
 * operators). Only ids: the consumer re-reads the rows, so a duplicated or late nudge is harmless.
 */
final class NudgeMessage {

    static final String IDS_PROPERTY = "notificationIds";

    private NudgeMessage() {
    }

    static String body(Collection<Long> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        return Json.createObjectBuilder().add(IDS_PROPERTY, array).build().toString();
    }

    static String property(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The ids of a body; refused with {@link IllegalArgumentException} when it is not a nudge. */
    static List<Long> ids(String body) {
        if (body == null) {
            throw new IllegalArgumentException("empty nudge");
        }
        try {
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            List<Long> ids = new ArrayList<>();
            for (JsonValue value : json.getJsonArray(IDS_PROPERTY)) {
                ids.add(((JsonNumber) value).longValueExact());
            }
            return ids;
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
            throw new IllegalArgumentException("not a notification nudge: " + abbreviated(body), e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
