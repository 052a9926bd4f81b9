package pe.colca.notification;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an area asks the notification area to send: the type (e.g. {@code STOCK_LOW}), the channel,
 * the template ({@code notification_templates.template_id}, e.g. {@code inventory.stock_low}), the
 * payload the template is rendered with (JSON-friendly values), the recipients, and optionally when
 * ({@code scheduledFor} null = as soon as possible).
 */
public record NotificationRequest(String type, NotificationChannel channel, String templateId,
                                  Map<String, Object> payload, Recipients recipients, Instant scheduledFor) {

    public NotificationRequest {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("type is required");
        }
        type = type.strip();
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipients, "recipients");
        templateId = templateId == null || templateId.isBlank() ? null : templateId.strip();
        payload = payload == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }

    /** As soon as possible. */
    public static NotificationRequest of(String type, NotificationChannel channel, String templateId,
                                         Map<String, Object> payload, Recipients recipients) {
        return new NotificationRequest(type, channel, templateId, payload, recipients, null);
    }
}
